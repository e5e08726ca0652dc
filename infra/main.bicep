// MiningFunctions on Azure: a Flex Consumption Function App (dotnet-isolated) that runs as one
// user-assigned identity, with identity-only storage, the refresh token in Key Vault and
// identity-based Application Insights. Deploy with `azd up` or
// `az deployment group create --resource-group <rg> --parameters infra/main.bicepparam`.
// See docs/operations.md.

metadata description = 'MiningFunctions worker: Flex Consumption Function App, storage, Key Vault and monitoring.'

@description('Environment name; seeds resource names and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region for every resource. Flex Consumption is available in a subset of regions.')
param location string = resourceGroup().location

@description('.NET version of the isolated worker runtime.')
param functionsRuntimeVersion string = '10.0'

@description('Always-ready instances for the durable group. At least one keeps the SSE listener connected; each is billed while idle.')
@minValue(1)
@maxValue(20)
param alwaysReadyInstanceCount int = 1

@description('Upper bound on Flex Consumption scale-out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Mining:ApiBaseUrl: auth, profile, device registration.')
param miningApiBaseUrl string = 'https://api.optimai.network'

@description('Mining:MinerBaseUrl: /workers/* and /mining/*.')
param miningMinerBaseUrl string = 'https://api-onchain.optimai.network'

@description('Mining:Platforms:0: the platform sent as the worker\'s preference; the worker crawls google only.')
@allowed([
  'google'
])
param miningPlatform string = 'google'

@description('Mining:MaxConcurrentCrawls: how many crawls one orchestration round runs side by side.')
@minValue(1)
@maxValue(64)
param miningMaxConcurrentCrawls int = 8

@description('Mining:HeartbeatSchedule: six-field NCRONTAB (seconds first) of the heartbeat timer.')
param miningHeartbeatSchedule string = '0 */1 * * * *'

// The queue and hub names are `%...%` binding expressions in the app's triggers, which have no defaults,
// so the app settings must carry them; the storage module pre-creates the same queue and container.
@description('Mining:Sse:SignalQueueName: the signal queue between the SSE listener and the queue trigger.')
param signalQueueName string = 'mining-signals'

@description('Mining:Sse:LeaseContainerName: the container of the SSE listener\'s single-instance lease.')
param listenerLeaseContainerName string = 'mining-listener'

@description('Mining:Durable:TaskHubName: the durable task hub.')
param durableTaskHubName string = 'mining'

@description('Refresh token to store in Key Vault during deployment. Leave empty and set the secret with az keyvault secret set instead (docs/operations.md).')
@secure()
param refreshToken string = ''

@description('Object id of the operator who may write the refresh token secret (Key Vault Secrets Officer). Defaults to whoever deploys; empty to skip.')
param operatorPrincipalId string = deployer().objectId

@description('Grant Storage Account Contributor to the app identity for the Durable Functions Azure Storage provider.')
param grantStorageAccountContributor bool = true

@description('Turn on Key Vault purge protection (irreversible).')
param keyVaultPurgeProtection bool = false

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  'azd-env-name': environmentName
  application: 'mining-functions'
}
// Every name is known before deployment, so modules reference resources by name and What-If can predict them.
var names = {
  functionApp: 'func-mining-${resourceToken}'
  plan: 'plan-mining-${resourceToken}'
  identity: 'id-mining-${resourceToken}'
  storage: 'stmining${resourceToken}'
  deploymentContainer: 'app-package-${resourceToken}'
  logAnalytics: 'log-mining-${resourceToken}'
  applicationInsights: 'appi-mining-${resourceToken}'
  keyVault: 'kv-mining-${resourceToken}'
}
var refreshTokenSecretName = 'mining-refresh-token'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
    leaseContainerName: listenerLeaseContainerName
    signalQueueName: signalQueueName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    refreshTokenSecretName: refreshTokenSecretName
    refreshToken: refreshToken
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  dependsOn: [
    identity
    storage
    keyVault
    monitoring
  ]
  params: {
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    applicationInsightsName: names.applicationInsights
    identityName: names.identity
    grantStorageAccountContributor: grantStorageAccountContributor
    operatorPrincipalId: operatorPrincipalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  // The host starts as soon as the site exists: its identity must already hold its roles, and
  // the storage, vault and component it names must exist (rbac depends on all of them).
  dependsOn: [
    rbac
  ]
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    serviceName: 'functions'
    identityName: names.identity
    storageAccountName: names.storage
    deploymentContainerName: names.deploymentContainer
    applicationInsightsName: names.applicationInsights
    keyVaultName: names.keyVault
    refreshTokenSecretName: refreshTokenSecretName
    runtimeVersion: functionsRuntimeVersion
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    apiBaseUrl: miningApiBaseUrl
    minerBaseUrl: miningMinerBaseUrl
    platform: miningPlatform
    maxConcurrentCrawls: miningMaxConcurrentCrawls
    heartbeatSchedule: miningHeartbeatSchedule
    signalQueueName: signalQueueName
    listenerLeaseContainerName: listenerLeaseContainerName
    durableTaskHubName: durableTaskHubName
  }
}

output AZURE_LOCATION string = location
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_MANAGED_IDENTITY_NAME string = identity.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output AZURE_KEY_VAULT_REFRESH_TOKEN_SECRET string = keyVault.outputs.refreshTokenSecretName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
