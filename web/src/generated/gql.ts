/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExplorerSampleRead {\n    dataset {\n      synthetic\n    }\n    reads(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExplorerSampleReadDocument,
    "\n  query ImageCase($id: ID!) {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    image(id: $id) {\n      ...ImageViewFields\n      ...ImageAgreementFields\n      followUp\n      viewPosition\n      pixelSpacingMm\n      patientAge\n      patientSex\n      sourceLabels\n      referenceFindings\n      findingVotes {\n        finding\n        label\n        positive\n        readCount\n        meanCertainty\n      }\n      prior {\n        id\n        followUp\n        viewPosition\n        tileSource\n        sourceLabels\n      }\n      next {\n        id\n        followUp\n      }\n      reads(first: 50) {\n        ...ReadSummaryFields\n        trackSummary {\n          sampleCount\n          fixationCount\n          hasViewport\n          samplingHz\n        }\n        reasoning {\n          hasWordTimings\n          hedgeCount\n        }\n        gaze {\n          ...GazeSummaryFields\n        }\n        findingGaze {\n          ...FindingMissFields\n        }\n      }\n    }\n  }\n": typeof types.ImageCaseDocument,
    "\n  query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n": typeof types.ExploreReadsDocument,
    "\n  query ExploreReadsPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ReadSort!]\n    $first: Int!\n    $after: String\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n    }\n  }\n": typeof types.ExploreReadsPageDocument,
    "\n  query ExploreImages($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n": typeof types.ExploreImagesDocument,
    "\n  query ExploreImagesPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ImageSort!]\n    $first: Int!\n    $after: String\n  ) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n    }\n  }\n": typeof types.ExploreImagesPageDocument,
    "\n  query ExploreCountryFacet(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $contains: String\n    $size: Int!\n    $images: Boolean!\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, first: 0) @skip(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n    images(filter: $filter, search: $search, expand: $expand, first: 0) @include(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n  }\n": typeof types.ExploreCountryFacetDocument,
    "\n  query ExploreVocabulary {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n      countries {\n        code\n        name\n      }\n      continents {\n        code\n        name\n      }\n      certainty {\n        value\n        name\n        probability\n      }\n      experienceBands\n    }\n  }\n": typeof types.ExploreVocabularyDocument,
    "\n  query Overview($filter: ReadFilter, $search: String, $expand: Boolean) {\n    dataset {\n      name\n      description\n      synthetic\n      attribution\n      indexedAt\n      imageCount\n      readCount\n      readerCount\n    }\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      readCount\n      imageCount\n      readerCount\n      countryCount\n      sampleCount\n      readsByCountry {\n        ...CountBucketFields\n      }\n      readsByContinent {\n        ...CountBucketFields\n      }\n      readsByFinding {\n        ...CountBucketFields\n      }\n      readsByStrategy {\n        ...CountBucketFields\n      }\n      readsByRole {\n        ...CountBucketFields\n      }\n      experienceHistogram {\n        ...HistogramBucketFields\n      }\n      readsPerImage {\n        ...CountBucketFields\n      }\n      durationHistogram {\n        ...HistogramBucketFields\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query OverviewGaze($filter: ReadFilter, $search: String, $expand: Boolean) {\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      missesByFinding {\n        finding\n        label\n        present\n        search\n        recognition\n        decision\n      }\n      lungCoverageByExperience {\n        experienceBand\n        readCount\n        meanLungCoverage\n        minLungCoverage\n        maxLungCoverage\n      }\n    }\n  }\n": typeof types.OverviewGazeDocument,
    "\n  query ReplayRead($id: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n      ...ShownThresholds\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    read(id: $id) {\n      ...ReplayReadFields\n      ...ReplayGazeFields\n      image {\n        ...ReplayImageFields\n      }\n    }\n  }\n": typeof types.ReplayReadDocument,
    "\n  query MultiReplayForImage($imageId: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n    }\n    image(id: $imageId) {\n      ...ReplayImageFields\n      reads(first: 50) {\n        ...ReplayReadFields\n      }\n      scanpathSimilarity {\n        synthetic\n        readA\n        readB\n        multimatch {\n          vector\n          direction\n          length\n          position\n          duration\n        }\n        aoiLevenshtein\n      }\n    }\n  }\n": typeof types.MultiReplayForImageDocument,
    "\n  query ReadImageId($id: ID!) {\n    read(id: $id) {\n      id\n      image {\n        id\n      }\n    }\n  }\n": typeof types.ReadImageIdDocument,
    "\n  fragment CountBucketFields on CountBucket {\n    value\n    label\n    count\n  }\n": typeof types.CountBucketFieldsFragmentDoc,
    "\n  fragment HistogramBucketFields on HistogramBucket {\n    from\n    to\n    count\n  }\n": typeof types.HistogramBucketFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment HighlightFields on Highlight {\n    field\n    fragments\n  }\n": typeof types.HighlightFieldsFragmentDoc,
    "\n  fragment DatasetCredit on Dataset {\n    name\n    synthetic\n    attribution\n  }\n": typeof types.DatasetCreditFragmentDoc,
    "\n  fragment VocabularyLabels on Vocabulary {\n    findings {\n      finding\n      label\n    }\n    strategies {\n      strategy\n      label\n      description\n    }\n  }\n": typeof types.VocabularyLabelsFragmentDoc,
    "\n  fragment TermsFacetFields on TermsFacet {\n    filterField\n    buckets {\n      value\n      label\n      count\n    }\n    otherValues\n    otherCount\n  }\n": typeof types.TermsFacetFieldsFragmentDoc,
    "\n  fragment NumericFacetFields on NumericFacet {\n    filterField\n    count\n    min\n    max\n    histogram {\n      ...HistogramBucketFields\n    }\n  }\n": typeof types.NumericFacetFieldsFragmentDoc,
    "\n  fragment ExploreFacets on Facets {\n    country(size: 10) {\n      ...TermsFacetFields\n    }\n    continent {\n      ...TermsFacetFields\n    }\n    finding(size: 20) {\n      ...TermsFacetFields\n    }\n    strategy {\n      ...TermsFacetFields\n    }\n    certainty {\n      ...TermsFacetFields\n    }\n    experienceBand {\n      ...TermsFacetFields\n    }\n    role {\n      ...TermsFacetFields\n    }\n    viewPosition {\n      ...TermsFacetFields\n    }\n    dataset {\n      ...TermsFacetFields\n    }\n    hedge(size: 40) {\n      ...TermsFacetFields\n    }\n    duration(buckets: 24) {\n      ...NumericFacetFields\n    }\n    experience(buckets: 24) {\n      ...NumericFacetFields\n    }\n    fixationCount(buckets: 24) {\n      ...NumericFacetFields\n    }\n    agreement(buckets: 20) {\n      ...NumericFacetFields\n    }\n    difficulty(buckets: 20) {\n      ...NumericFacetFields\n    }\n    missType {\n      ...TermsFacetFields\n    }\n    lungCoverage(buckets: 20) {\n      ...NumericFacetFields\n    }\n    eyeVoiceSpan(buckets: 24) {\n      ...NumericFacetFields\n    }\n    peerSimilarity(buckets: 20) {\n      ...NumericFacetFields\n    }\n  }\n": typeof types.ExploreFacetsFragmentDoc,
    "\n  fragment SearchExpansionItem on SearchExpansion {\n    term\n    forms\n    synonyms\n  }\n": typeof types.SearchExpansionItemFragmentDoc,
    "\n  fragment GazeSummaryFields on GazeMetrics {\n    synthetic\n    lungCoverage\n    meanFixationMs\n    meanSaccadeDeg\n    ttffLungSec\n    eyeVoiceSpanSec\n  }\n": typeof types.GazeSummaryFieldsFragmentDoc,
    "\n  fragment FindingMissFields on FindingGaze {\n    finding\n    label\n    missType\n  }\n": typeof types.FindingMissFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    shape\n    xmin\n    ymin\n    xmax\n    ymax\n  }\n": typeof types.RegionFieldsFragmentDoc,
    "\n  fragment GazeMetricsFields on GazeMetrics {\n    ...GazeSummaryFields\n    fixationCount\n    medianFixationMs\n    lungDwellSec\n    scanpathLengthDeg\n    searchBeforeSpeechShare\n    lungFieldSource\n    usefulFieldOfViewPx\n    fixationMethod {\n      method\n      maxDispersionDeg\n      minFixationSec\n      velocityThresholdDegPerSec\n      maxDwellSec\n    }\n  }\n": typeof types.GazeMetricsFieldsFragmentDoc,
    "\n  fragment FindingGazeFields on FindingGaze {\n    ...FindingMissFields\n    synthetic\n    reported\n    certainty\n    present\n    region {\n      ...RegionFields\n    }\n    regionSource\n    ttffSec\n    dwellSec\n    firstPassDwellSec\n    visits\n    fixationCount\n    eyeVoiceSpanSec\n  }\n": typeof types.FindingGazeFieldsFragmentDoc,
    "\n  fragment PeerSimilarityFields on PeerSimilarity {\n    synthetic\n    multimatch\n    aoiLevenshtein\n    peers\n  }\n": typeof types.PeerSimilarityFieldsFragmentDoc,
    "\n  fragment ShownThresholds on Dataset {\n    metricThresholds {\n      usefulFieldOfViewDeg\n      decisionDwellSec\n    }\n  }\n": typeof types.ShownThresholdsFragmentDoc,
    "\n  fragment ImageViewFields on Image {\n    id\n    dataset\n    patientId\n    width\n    height\n    tileSource\n    displayImageId\n    synthetic\n    readCount\n  }\n": typeof types.ImageViewFieldsFragmentDoc,
    "\n  fragment ImageAgreementFields on Image {\n    agreement\n    difficulty\n  }\n": typeof types.ImageAgreementFieldsFragmentDoc,
    "\n  fragment ReaderFields on Reader {\n    id\n    country\n    countryName\n    experienceYears\n    role\n  }\n": typeof types.ReaderFieldsFragmentDoc,
    "\n  fragment ReadFindingFields on ReadFinding {\n    finding\n    label\n    certainty\n    certaintyName\n  }\n": typeof types.ReadFindingFieldsFragmentDoc,
    "\n  fragment ReadSummaryFields on Read {\n    id\n    durationSec\n    synthetic\n    strategy\n    strategySource\n    reader {\n      ...ReaderFields\n    }\n    findings {\n      ...ReadFindingFields\n    }\n  }\n": typeof types.ReadSummaryFieldsFragmentDoc,
    "\n  fragment ReasoningStepFields on ReasoningStep {\n    index\n    text\n    start\n    end\n    kind\n    findings\n    hedges\n    words {\n      text\n      start\n      end\n    }\n  }\n": typeof types.ReasoningStepFieldsFragmentDoc,
    "\n  fragment ReplayTrackFields on AttentionTrack {\n    samplingHz\n    pixelsPerDegree\n    sampleCount\n    durationSec\n    fixationsDerived\n    packedSamples {\n      encoding\n      count\n      windowCount\n      t\n      x\n      y\n    }\n    fixations {\n      number\n      start\n      end\n      x\n      y\n    }\n    viewport {\n      t\n      xmin\n      ymin\n      xmax\n      ymax\n      zoom\n      windowWidth\n      windowLevel\n    }\n  }\n": typeof types.ReplayTrackFieldsFragmentDoc,
    "\n  fragment ReplayReadFields on Read {\n    ...ReadSummaryFields\n    reasoning {\n      hasWordTimings\n      steps {\n        ...ReasoningStepFields\n      }\n    }\n    track(maxPoints: $maxPoints) {\n      ...ReplayTrackFields\n    }\n    peerSimilarity {\n      ...PeerSimilarityFields\n    }\n  }\n": typeof types.ReplayReadFieldsFragmentDoc,
    "\n  fragment ReplayGazeFields on Read {\n    gaze {\n      ...GazeMetricsFields\n    }\n    findingGaze {\n      ...FindingGazeFields\n    }\n  }\n": typeof types.ReplayGazeFieldsFragmentDoc,
    "\n  fragment ReplayImageFields on Image {\n    ...ImageViewFields\n    lungFields {\n      source\n      regions {\n        ...RegionFields\n      }\n    }\n  }\n": typeof types.ReplayImageFieldsFragmentDoc,
    "\n  fragment ReadRow on ReadEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      startedAt\n      durationSec\n      strategy\n      reader {\n        ...ReaderFields\n      }\n      image {\n        id\n        thumbnail\n        ...ImageAgreementFields\n      }\n      findings {\n        ...ReadFindingFields\n      }\n      trackSummary {\n        fixationCount\n      }\n      gaze {\n        ...GazeSummaryFields\n      }\n      findingGaze {\n        ...FindingMissFields\n      }\n      peerSimilarity {\n        multimatch\n      }\n    }\n  }\n": typeof types.ReadRowFragmentDoc,
    "\n  fragment ImageRow on ImageEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      dataset\n      thumbnail\n      viewPosition\n      patientAge\n      patientSex\n      followUp\n      sourceLabels\n      reportedFindings\n      readCount\n      readerCountries\n      ...ImageAgreementFields\n    }\n  }\n": typeof types.ImageRowFragmentDoc,
};
const documents: Documents = {
    "\n  query ExplorerSampleRead {\n    dataset {\n      synthetic\n    }\n    reads(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ExplorerSampleReadDocument,
    "\n  query ImageCase($id: ID!) {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    image(id: $id) {\n      ...ImageViewFields\n      ...ImageAgreementFields\n      followUp\n      viewPosition\n      pixelSpacingMm\n      patientAge\n      patientSex\n      sourceLabels\n      referenceFindings\n      findingVotes {\n        finding\n        label\n        positive\n        readCount\n        meanCertainty\n      }\n      prior {\n        id\n        followUp\n        viewPosition\n        tileSource\n        sourceLabels\n      }\n      next {\n        id\n        followUp\n      }\n      reads(first: 50) {\n        ...ReadSummaryFields\n        trackSummary {\n          sampleCount\n          fixationCount\n          hasViewport\n          samplingHz\n        }\n        reasoning {\n          hasWordTimings\n          hedgeCount\n        }\n        gaze {\n          ...GazeSummaryFields\n        }\n        findingGaze {\n          ...FindingMissFields\n        }\n      }\n    }\n  }\n": types.ImageCaseDocument,
    "\n  query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n": types.ExploreReadsDocument,
    "\n  query ExploreReadsPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ReadSort!]\n    $first: Int!\n    $after: String\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n    }\n  }\n": types.ExploreReadsPageDocument,
    "\n  query ExploreImages($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n": types.ExploreImagesDocument,
    "\n  query ExploreImagesPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ImageSort!]\n    $first: Int!\n    $after: String\n  ) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n    }\n  }\n": types.ExploreImagesPageDocument,
    "\n  query ExploreCountryFacet(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $contains: String\n    $size: Int!\n    $images: Boolean!\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, first: 0) @skip(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n    images(filter: $filter, search: $search, expand: $expand, first: 0) @include(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n  }\n": types.ExploreCountryFacetDocument,
    "\n  query ExploreVocabulary {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n      countries {\n        code\n        name\n      }\n      continents {\n        code\n        name\n      }\n      certainty {\n        value\n        name\n        probability\n      }\n      experienceBands\n    }\n  }\n": types.ExploreVocabularyDocument,
    "\n  query Overview($filter: ReadFilter, $search: String, $expand: Boolean) {\n    dataset {\n      name\n      description\n      synthetic\n      attribution\n      indexedAt\n      imageCount\n      readCount\n      readerCount\n    }\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      readCount\n      imageCount\n      readerCount\n      countryCount\n      sampleCount\n      readsByCountry {\n        ...CountBucketFields\n      }\n      readsByContinent {\n        ...CountBucketFields\n      }\n      readsByFinding {\n        ...CountBucketFields\n      }\n      readsByStrategy {\n        ...CountBucketFields\n      }\n      readsByRole {\n        ...CountBucketFields\n      }\n      experienceHistogram {\n        ...HistogramBucketFields\n      }\n      readsPerImage {\n        ...CountBucketFields\n      }\n      durationHistogram {\n        ...HistogramBucketFields\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query OverviewGaze($filter: ReadFilter, $search: String, $expand: Boolean) {\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      missesByFinding {\n        finding\n        label\n        present\n        search\n        recognition\n        decision\n      }\n      lungCoverageByExperience {\n        experienceBand\n        readCount\n        meanLungCoverage\n        minLungCoverage\n        maxLungCoverage\n      }\n    }\n  }\n": types.OverviewGazeDocument,
    "\n  query ReplayRead($id: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n      ...ShownThresholds\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    read(id: $id) {\n      ...ReplayReadFields\n      ...ReplayGazeFields\n      image {\n        ...ReplayImageFields\n      }\n    }\n  }\n": types.ReplayReadDocument,
    "\n  query MultiReplayForImage($imageId: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n    }\n    image(id: $imageId) {\n      ...ReplayImageFields\n      reads(first: 50) {\n        ...ReplayReadFields\n      }\n      scanpathSimilarity {\n        synthetic\n        readA\n        readB\n        multimatch {\n          vector\n          direction\n          length\n          position\n          duration\n        }\n        aoiLevenshtein\n      }\n    }\n  }\n": types.MultiReplayForImageDocument,
    "\n  query ReadImageId($id: ID!) {\n    read(id: $id) {\n      id\n      image {\n        id\n      }\n    }\n  }\n": types.ReadImageIdDocument,
    "\n  fragment CountBucketFields on CountBucket {\n    value\n    label\n    count\n  }\n": types.CountBucketFieldsFragmentDoc,
    "\n  fragment HistogramBucketFields on HistogramBucket {\n    from\n    to\n    count\n  }\n": types.HistogramBucketFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment HighlightFields on Highlight {\n    field\n    fragments\n  }\n": types.HighlightFieldsFragmentDoc,
    "\n  fragment DatasetCredit on Dataset {\n    name\n    synthetic\n    attribution\n  }\n": types.DatasetCreditFragmentDoc,
    "\n  fragment VocabularyLabels on Vocabulary {\n    findings {\n      finding\n      label\n    }\n    strategies {\n      strategy\n      label\n      description\n    }\n  }\n": types.VocabularyLabelsFragmentDoc,
    "\n  fragment TermsFacetFields on TermsFacet {\n    filterField\n    buckets {\n      value\n      label\n      count\n    }\n    otherValues\n    otherCount\n  }\n": types.TermsFacetFieldsFragmentDoc,
    "\n  fragment NumericFacetFields on NumericFacet {\n    filterField\n    count\n    min\n    max\n    histogram {\n      ...HistogramBucketFields\n    }\n  }\n": types.NumericFacetFieldsFragmentDoc,
    "\n  fragment ExploreFacets on Facets {\n    country(size: 10) {\n      ...TermsFacetFields\n    }\n    continent {\n      ...TermsFacetFields\n    }\n    finding(size: 20) {\n      ...TermsFacetFields\n    }\n    strategy {\n      ...TermsFacetFields\n    }\n    certainty {\n      ...TermsFacetFields\n    }\n    experienceBand {\n      ...TermsFacetFields\n    }\n    role {\n      ...TermsFacetFields\n    }\n    viewPosition {\n      ...TermsFacetFields\n    }\n    dataset {\n      ...TermsFacetFields\n    }\n    hedge(size: 40) {\n      ...TermsFacetFields\n    }\n    duration(buckets: 24) {\n      ...NumericFacetFields\n    }\n    experience(buckets: 24) {\n      ...NumericFacetFields\n    }\n    fixationCount(buckets: 24) {\n      ...NumericFacetFields\n    }\n    agreement(buckets: 20) {\n      ...NumericFacetFields\n    }\n    difficulty(buckets: 20) {\n      ...NumericFacetFields\n    }\n    missType {\n      ...TermsFacetFields\n    }\n    lungCoverage(buckets: 20) {\n      ...NumericFacetFields\n    }\n    eyeVoiceSpan(buckets: 24) {\n      ...NumericFacetFields\n    }\n    peerSimilarity(buckets: 20) {\n      ...NumericFacetFields\n    }\n  }\n": types.ExploreFacetsFragmentDoc,
    "\n  fragment SearchExpansionItem on SearchExpansion {\n    term\n    forms\n    synonyms\n  }\n": types.SearchExpansionItemFragmentDoc,
    "\n  fragment GazeSummaryFields on GazeMetrics {\n    synthetic\n    lungCoverage\n    meanFixationMs\n    meanSaccadeDeg\n    ttffLungSec\n    eyeVoiceSpanSec\n  }\n": types.GazeSummaryFieldsFragmentDoc,
    "\n  fragment FindingMissFields on FindingGaze {\n    finding\n    label\n    missType\n  }\n": types.FindingMissFieldsFragmentDoc,
    "\n  fragment RegionFields on Region {\n    shape\n    xmin\n    ymin\n    xmax\n    ymax\n  }\n": types.RegionFieldsFragmentDoc,
    "\n  fragment GazeMetricsFields on GazeMetrics {\n    ...GazeSummaryFields\n    fixationCount\n    medianFixationMs\n    lungDwellSec\n    scanpathLengthDeg\n    searchBeforeSpeechShare\n    lungFieldSource\n    usefulFieldOfViewPx\n    fixationMethod {\n      method\n      maxDispersionDeg\n      minFixationSec\n      velocityThresholdDegPerSec\n      maxDwellSec\n    }\n  }\n": types.GazeMetricsFieldsFragmentDoc,
    "\n  fragment FindingGazeFields on FindingGaze {\n    ...FindingMissFields\n    synthetic\n    reported\n    certainty\n    present\n    region {\n      ...RegionFields\n    }\n    regionSource\n    ttffSec\n    dwellSec\n    firstPassDwellSec\n    visits\n    fixationCount\n    eyeVoiceSpanSec\n  }\n": types.FindingGazeFieldsFragmentDoc,
    "\n  fragment PeerSimilarityFields on PeerSimilarity {\n    synthetic\n    multimatch\n    aoiLevenshtein\n    peers\n  }\n": types.PeerSimilarityFieldsFragmentDoc,
    "\n  fragment ShownThresholds on Dataset {\n    metricThresholds {\n      usefulFieldOfViewDeg\n      decisionDwellSec\n    }\n  }\n": types.ShownThresholdsFragmentDoc,
    "\n  fragment ImageViewFields on Image {\n    id\n    dataset\n    patientId\n    width\n    height\n    tileSource\n    displayImageId\n    synthetic\n    readCount\n  }\n": types.ImageViewFieldsFragmentDoc,
    "\n  fragment ImageAgreementFields on Image {\n    agreement\n    difficulty\n  }\n": types.ImageAgreementFieldsFragmentDoc,
    "\n  fragment ReaderFields on Reader {\n    id\n    country\n    countryName\n    experienceYears\n    role\n  }\n": types.ReaderFieldsFragmentDoc,
    "\n  fragment ReadFindingFields on ReadFinding {\n    finding\n    label\n    certainty\n    certaintyName\n  }\n": types.ReadFindingFieldsFragmentDoc,
    "\n  fragment ReadSummaryFields on Read {\n    id\n    durationSec\n    synthetic\n    strategy\n    strategySource\n    reader {\n      ...ReaderFields\n    }\n    findings {\n      ...ReadFindingFields\n    }\n  }\n": types.ReadSummaryFieldsFragmentDoc,
    "\n  fragment ReasoningStepFields on ReasoningStep {\n    index\n    text\n    start\n    end\n    kind\n    findings\n    hedges\n    words {\n      text\n      start\n      end\n    }\n  }\n": types.ReasoningStepFieldsFragmentDoc,
    "\n  fragment ReplayTrackFields on AttentionTrack {\n    samplingHz\n    pixelsPerDegree\n    sampleCount\n    durationSec\n    fixationsDerived\n    packedSamples {\n      encoding\n      count\n      windowCount\n      t\n      x\n      y\n    }\n    fixations {\n      number\n      start\n      end\n      x\n      y\n    }\n    viewport {\n      t\n      xmin\n      ymin\n      xmax\n      ymax\n      zoom\n      windowWidth\n      windowLevel\n    }\n  }\n": types.ReplayTrackFieldsFragmentDoc,
    "\n  fragment ReplayReadFields on Read {\n    ...ReadSummaryFields\n    reasoning {\n      hasWordTimings\n      steps {\n        ...ReasoningStepFields\n      }\n    }\n    track(maxPoints: $maxPoints) {\n      ...ReplayTrackFields\n    }\n    peerSimilarity {\n      ...PeerSimilarityFields\n    }\n  }\n": types.ReplayReadFieldsFragmentDoc,
    "\n  fragment ReplayGazeFields on Read {\n    gaze {\n      ...GazeMetricsFields\n    }\n    findingGaze {\n      ...FindingGazeFields\n    }\n  }\n": types.ReplayGazeFieldsFragmentDoc,
    "\n  fragment ReplayImageFields on Image {\n    ...ImageViewFields\n    lungFields {\n      source\n      regions {\n        ...RegionFields\n      }\n    }\n  }\n": types.ReplayImageFieldsFragmentDoc,
    "\n  fragment ReadRow on ReadEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      startedAt\n      durationSec\n      strategy\n      reader {\n        ...ReaderFields\n      }\n      image {\n        id\n        thumbnail\n        ...ImageAgreementFields\n      }\n      findings {\n        ...ReadFindingFields\n      }\n      trackSummary {\n        fixationCount\n      }\n      gaze {\n        ...GazeSummaryFields\n      }\n      findingGaze {\n        ...FindingMissFields\n      }\n      peerSimilarity {\n        multimatch\n      }\n    }\n  }\n": types.ReadRowFragmentDoc,
    "\n  fragment ImageRow on ImageEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      dataset\n      thumbnail\n      viewPosition\n      patientAge\n      patientSex\n      followUp\n      sourceLabels\n      reportedFindings\n      readCount\n      readerCountries\n      ...ImageAgreementFields\n    }\n  }\n": types.ImageRowFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSampleRead {\n    dataset {\n      synthetic\n    }\n    reads(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSampleReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImageCase($id: ID!) {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    image(id: $id) {\n      ...ImageViewFields\n      ...ImageAgreementFields\n      followUp\n      viewPosition\n      pixelSpacingMm\n      patientAge\n      patientSex\n      sourceLabels\n      referenceFindings\n      findingVotes {\n        finding\n        label\n        positive\n        readCount\n        meanCertainty\n      }\n      prior {\n        id\n        followUp\n        viewPosition\n        tileSource\n        sourceLabels\n      }\n      next {\n        id\n        followUp\n      }\n      reads(first: 50) {\n        ...ReadSummaryFields\n        trackSummary {\n          sampleCount\n          fixationCount\n          hasViewport\n          samplingHz\n        }\n        reasoning {\n          hasWordTimings\n          hedgeCount\n        }\n        gaze {\n          ...GazeSummaryFields\n        }\n        findingGaze {\n          ...FindingMissFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImageCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreReads($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ReadSort!], $first: Int!) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreReadsPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ReadSort!]\n    $first: Int!\n    $after: String\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ReadRow\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreReadsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreImages($filter: ReadFilter, $search: String, $expand: Boolean, $sort: [ImageSort!], $first: Int!) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first) {\n      totalCount\n      searchExpansions {\n        ...SearchExpansionItem\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n      facets {\n        ...ExploreFacets\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreImagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreImagesPage(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $sort: [ImageSort!]\n    $first: Int!\n    $after: String\n  ) {\n    images(filter: $filter, search: $search, expand: $expand, sort: $sort, first: $first, after: $after) {\n      pageInfo {\n        ...PageInfoFields\n      }\n      edges {\n        ...ImageRow\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreImagesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreCountryFacet(\n    $filter: ReadFilter\n    $search: String\n    $expand: Boolean\n    $contains: String\n    $size: Int!\n    $images: Boolean!\n  ) {\n    reads(filter: $filter, search: $search, expand: $expand, first: 0) @skip(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n    images(filter: $filter, search: $search, expand: $expand, first: 0) @include(if: $images) {\n      facets {\n        country(size: $size, contains: $contains) {\n          ...TermsFacetFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreCountryFacetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreVocabulary {\n    dataset {\n      ...DatasetCredit\n    }\n    vocabulary {\n      ...VocabularyLabels\n      countries {\n        code\n        name\n      }\n      continents {\n        code\n        name\n      }\n      certainty {\n        value\n        name\n        probability\n      }\n      experienceBands\n    }\n  }\n"): typeof import('./graphql').ExploreVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($filter: ReadFilter, $search: String, $expand: Boolean) {\n    dataset {\n      name\n      description\n      synthetic\n      attribution\n      indexedAt\n      imageCount\n      readCount\n      readerCount\n    }\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      readCount\n      imageCount\n      readerCount\n      countryCount\n      sampleCount\n      readsByCountry {\n        ...CountBucketFields\n      }\n      readsByContinent {\n        ...CountBucketFields\n      }\n      readsByFinding {\n        ...CountBucketFields\n      }\n      readsByStrategy {\n        ...CountBucketFields\n      }\n      readsByRole {\n        ...CountBucketFields\n      }\n      experienceHistogram {\n        ...HistogramBucketFields\n      }\n      readsPerImage {\n        ...CountBucketFields\n      }\n      durationHistogram {\n        ...HistogramBucketFields\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewGaze($filter: ReadFilter, $search: String, $expand: Boolean) {\n    statistics(filter: $filter, search: $search, expand: $expand) {\n      missesByFinding {\n        finding\n        label\n        present\n        search\n        recognition\n        decision\n      }\n      lungCoverageByExperience {\n        experienceBand\n        readCount\n        meanLungCoverage\n        minLungCoverage\n        maxLungCoverage\n      }\n    }\n  }\n"): typeof import('./graphql').OverviewGazeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplayRead($id: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n      ...ShownThresholds\n    }\n    vocabulary {\n      ...VocabularyLabels\n    }\n    read(id: $id) {\n      ...ReplayReadFields\n      ...ReplayGazeFields\n      image {\n        ...ReplayImageFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReplayReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiReplayForImage($imageId: ID!, $maxPoints: Int) {\n    dataset {\n      ...DatasetCredit\n    }\n    image(id: $imageId) {\n      ...ReplayImageFields\n      reads(first: 50) {\n        ...ReplayReadFields\n      }\n      scanpathSimilarity {\n        synthetic\n        readA\n        readB\n        multimatch {\n          vector\n          direction\n          length\n          position\n          duration\n        }\n        aoiLevenshtein\n      }\n    }\n  }\n"): typeof import('./graphql').MultiReplayForImageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadImageId($id: ID!) {\n    read(id: $id) {\n      id\n      image {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ReadImageIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountBucketFields on CountBucket {\n    value\n    label\n    count\n  }\n"): typeof import('./graphql').CountBucketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistogramBucketFields on HistogramBucket {\n    from\n    to\n    count\n  }\n"): typeof import('./graphql').HistogramBucketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): typeof import('./graphql').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HighlightFields on Highlight {\n    field\n    fragments\n  }\n"): typeof import('./graphql').HighlightFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DatasetCredit on Dataset {\n    name\n    synthetic\n    attribution\n  }\n"): typeof import('./graphql').DatasetCreditFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VocabularyLabels on Vocabulary {\n    findings {\n      finding\n      label\n    }\n    strategies {\n      strategy\n      label\n      description\n    }\n  }\n"): typeof import('./graphql').VocabularyLabelsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TermsFacetFields on TermsFacet {\n    filterField\n    buckets {\n      value\n      label\n      count\n    }\n    otherValues\n    otherCount\n  }\n"): typeof import('./graphql').TermsFacetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NumericFacetFields on NumericFacet {\n    filterField\n    count\n    min\n    max\n    histogram {\n      ...HistogramBucketFields\n    }\n  }\n"): typeof import('./graphql').NumericFacetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExploreFacets on Facets {\n    country(size: 10) {\n      ...TermsFacetFields\n    }\n    continent {\n      ...TermsFacetFields\n    }\n    finding(size: 20) {\n      ...TermsFacetFields\n    }\n    strategy {\n      ...TermsFacetFields\n    }\n    certainty {\n      ...TermsFacetFields\n    }\n    experienceBand {\n      ...TermsFacetFields\n    }\n    role {\n      ...TermsFacetFields\n    }\n    viewPosition {\n      ...TermsFacetFields\n    }\n    dataset {\n      ...TermsFacetFields\n    }\n    hedge(size: 40) {\n      ...TermsFacetFields\n    }\n    duration(buckets: 24) {\n      ...NumericFacetFields\n    }\n    experience(buckets: 24) {\n      ...NumericFacetFields\n    }\n    fixationCount(buckets: 24) {\n      ...NumericFacetFields\n    }\n    agreement(buckets: 20) {\n      ...NumericFacetFields\n    }\n    difficulty(buckets: 20) {\n      ...NumericFacetFields\n    }\n    missType {\n      ...TermsFacetFields\n    }\n    lungCoverage(buckets: 20) {\n      ...NumericFacetFields\n    }\n    eyeVoiceSpan(buckets: 24) {\n      ...NumericFacetFields\n    }\n    peerSimilarity(buckets: 20) {\n      ...NumericFacetFields\n    }\n  }\n"): typeof import('./graphql').ExploreFacetsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchExpansionItem on SearchExpansion {\n    term\n    forms\n    synonyms\n  }\n"): typeof import('./graphql').SearchExpansionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GazeSummaryFields on GazeMetrics {\n    synthetic\n    lungCoverage\n    meanFixationMs\n    meanSaccadeDeg\n    ttffLungSec\n    eyeVoiceSpanSec\n  }\n"): typeof import('./graphql').GazeSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingMissFields on FindingGaze {\n    finding\n    label\n    missType\n  }\n"): typeof import('./graphql').FindingMissFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegionFields on Region {\n    shape\n    xmin\n    ymin\n    xmax\n    ymax\n  }\n"): typeof import('./graphql').RegionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GazeMetricsFields on GazeMetrics {\n    ...GazeSummaryFields\n    fixationCount\n    medianFixationMs\n    lungDwellSec\n    scanpathLengthDeg\n    searchBeforeSpeechShare\n    lungFieldSource\n    usefulFieldOfViewPx\n    fixationMethod {\n      method\n      maxDispersionDeg\n      minFixationSec\n      velocityThresholdDegPerSec\n      maxDwellSec\n    }\n  }\n"): typeof import('./graphql').GazeMetricsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingGazeFields on FindingGaze {\n    ...FindingMissFields\n    synthetic\n    reported\n    certainty\n    present\n    region {\n      ...RegionFields\n    }\n    regionSource\n    ttffSec\n    dwellSec\n    firstPassDwellSec\n    visits\n    fixationCount\n    eyeVoiceSpanSec\n  }\n"): typeof import('./graphql').FindingGazeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PeerSimilarityFields on PeerSimilarity {\n    synthetic\n    multimatch\n    aoiLevenshtein\n    peers\n  }\n"): typeof import('./graphql').PeerSimilarityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShownThresholds on Dataset {\n    metricThresholds {\n      usefulFieldOfViewDeg\n      decisionDwellSec\n    }\n  }\n"): typeof import('./graphql').ShownThresholdsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImageViewFields on Image {\n    id\n    dataset\n    patientId\n    width\n    height\n    tileSource\n    displayImageId\n    synthetic\n    readCount\n  }\n"): typeof import('./graphql').ImageViewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImageAgreementFields on Image {\n    agreement\n    difficulty\n  }\n"): typeof import('./graphql').ImageAgreementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReaderFields on Reader {\n    id\n    country\n    countryName\n    experienceYears\n    role\n  }\n"): typeof import('./graphql').ReaderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadFindingFields on ReadFinding {\n    finding\n    label\n    certainty\n    certaintyName\n  }\n"): typeof import('./graphql').ReadFindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadSummaryFields on Read {\n    id\n    durationSec\n    synthetic\n    strategy\n    strategySource\n    reader {\n      ...ReaderFields\n    }\n    findings {\n      ...ReadFindingFields\n    }\n  }\n"): typeof import('./graphql').ReadSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReasoningStepFields on ReasoningStep {\n    index\n    text\n    start\n    end\n    kind\n    findings\n    hedges\n    words {\n      text\n      start\n      end\n    }\n  }\n"): typeof import('./graphql').ReasoningStepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplayTrackFields on AttentionTrack {\n    samplingHz\n    pixelsPerDegree\n    sampleCount\n    durationSec\n    fixationsDerived\n    packedSamples {\n      encoding\n      count\n      windowCount\n      t\n      x\n      y\n    }\n    fixations {\n      number\n      start\n      end\n      x\n      y\n    }\n    viewport {\n      t\n      xmin\n      ymin\n      xmax\n      ymax\n      zoom\n      windowWidth\n      windowLevel\n    }\n  }\n"): typeof import('./graphql').ReplayTrackFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplayReadFields on Read {\n    ...ReadSummaryFields\n    reasoning {\n      hasWordTimings\n      steps {\n        ...ReasoningStepFields\n      }\n    }\n    track(maxPoints: $maxPoints) {\n      ...ReplayTrackFields\n    }\n    peerSimilarity {\n      ...PeerSimilarityFields\n    }\n  }\n"): typeof import('./graphql').ReplayReadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplayGazeFields on Read {\n    gaze {\n      ...GazeMetricsFields\n    }\n    findingGaze {\n      ...FindingGazeFields\n    }\n  }\n"): typeof import('./graphql').ReplayGazeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReplayImageFields on Image {\n    ...ImageViewFields\n    lungFields {\n      source\n      regions {\n        ...RegionFields\n      }\n    }\n  }\n"): typeof import('./graphql').ReplayImageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadRow on ReadEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      startedAt\n      durationSec\n      strategy\n      reader {\n        ...ReaderFields\n      }\n      image {\n        id\n        thumbnail\n        ...ImageAgreementFields\n      }\n      findings {\n        ...ReadFindingFields\n      }\n      trackSummary {\n        fixationCount\n      }\n      gaze {\n        ...GazeSummaryFields\n      }\n      findingGaze {\n        ...FindingMissFields\n      }\n      peerSimilarity {\n        multimatch\n      }\n    }\n  }\n"): typeof import('./graphql').ReadRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImageRow on ImageEdge {\n    cursor\n    highlights {\n      ...HighlightFields\n    }\n    node {\n      id\n      dataset\n      thumbnail\n      viewPosition\n      patientAge\n      patientSex\n      followUp\n      sourceLabels\n      reportedFindings\n      readCount\n      readerCountries\n      ...ImageAgreementFields\n    }\n  }\n"): typeof import('./graphql').ImageRowFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
