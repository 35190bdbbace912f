/** Failure analysis: the dependency graph, impact, single points of failure, scenarios, N+1 and availability. */
export { buildFailureGraph } from './build-graph.js';
export { type FailureGraph, type FailureNode, type Gate, type Criticality, nodeIndex, inputsOf } from './graph.js';
export { type NodeKind, nodeKinds, componentKinds, internalKinds, serviceKinds, kindTitles, parseNodeId } from './node-kinds.js';
export { impact, type Impact, type DownByKind } from './impact.js';
export { blastRadii, compareRadii, type BlastRadius, type CriticalityCounts } from './blast-radius.js';
export { singlePointsOfFailure, type Spof } from './spof.js';
export { scenarios, type Scenario } from './scenarios.js';
export { parseScenario, type ParsedScenario } from './parse-scenario.js';
export { nPlusOne, type NPlusOne, type NPlusOneResult, type Survivor } from './n-plus-one.js';
export { serviceAvailability, type ServiceAvailability, type AvailabilityOptions, SECONDS_PER_YEAR } from './service-availability.js';
export { defaultAvailabilities } from './availability-defaults.js';
export { clusterVotes, type ClusterVotes } from './quorum.js';
export { type HaCluster, type HaGuest, type HaNode, PVE_HOST_RESERVE_BYTES } from './ha-cluster.js';
export { analyzeFailures, type FailureAnalysis } from './failure-analysis.js';
