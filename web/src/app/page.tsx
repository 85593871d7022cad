export default function OverviewPage() {
  return <main>Overview — being built.</main>;
}
