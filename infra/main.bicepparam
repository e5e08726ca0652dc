// Parameters for azd (which exports AZURE_ENV_NAME) and for az deployment group create.
// The location follows the resource group. Everything else keeps main.bicep's defaults;
// override a value here or on the command line (--parameters name=value).
using './main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'mining')
param functionsRuntimeVersion = '10.0'
param alwaysReadyInstanceCount = 1
param miningHeartbeatSchedule = '0 */1 * * * *'
