// The Flex Consumption plan and the dotnet-isolated Function App. Every connection the app
// makes uses the user-assigned identity: host storage, the worker's own storage, the
// deployment package, the Key Vault reference and Application Insights ingestion. No app
// setting holds a key.

@description('Function App name.')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags for the plan; the site also gets the azd service tag.')
param tags object

@description('azd service name (azure.yaml) that deploys to this app.')
param serviceName string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Storage account for host, durable and worker state and the deployment package.')
param storageAccountName string

@description('Blob container that receives the deployment package.')
param deploymentContainerName string

@description('Application Insights component that receives telemetry.')
param applicationInsightsName string

@description('Key Vault that holds the refresh token.')
param keyVaultName string

@description('Name of the refresh token secret in the vault.')
param refreshTokenSecretName string

@description('.NET runtime version of the isolated worker.')
param runtimeVersion string

@description('Always-ready instances for the durable group. One keeps the SSE listener connected.')
@minValue(1)
param alwaysReadyInstanceCount int

@description('Upper bound on scale-out.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Mining:ApiBaseUrl: auth, profile, device registration.')
param apiBaseUrl string

@description('Mining:MinerBaseUrl: /workers/* and /mining/*.')
param minerBaseUrl string

@description('Mining:Platforms:0: the platform sent as the worker\'s preference.')
param platform string

@description('Mining:MaxConcurrentCrawls: fan-out bound.')
@minValue(1)
param maxConcurrentCrawls int

@description('Mining:HeartbeatSchedule: six-field NCRONTAB (seconds first) of the heartbeat timer.')
param heartbeatSchedule string

@description('Mining:Sse:SignalQueueName: the queue the SSE listener writes and the queue trigger reads.')
param signalQueueName string

@description('Mining:Sse:LeaseContainerName: the container of the SSE listener\'s single-instance lease.')
param listenerLeaseContainerName string

@description('Mining:Durable:TaskHubName: the durable task hub (host.json reads it).')
param durableTaskHubName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        // Flex scales to zero; the durable group stays warm so the orchestration and the
        // SSE listener (a hosted service on every instance, one of which holds the lease) keep running.
        alwaysReady: [
          {
            name: 'durable'
            instanceCount: alwaysReadyInstanceCount
          }
        ]
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: runtimeVersion
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [
        // Host storage (AzureWebJobsStorage, the durable task hub) through the identity.
        {
          name: 'AzureWebJobsStorage__blobServiceUri'
          value: storage.properties.primaryEndpoints.blob
        }
        {
          name: 'AzureWebJobsStorage__queueServiceUri'
          value: storage.properties.primaryEndpoints.queue
        }
        {
          name: 'AzureWebJobsStorage__tableServiceUri'
          value: storage.properties.primaryEndpoints.table
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identity.properties.clientId
        }
        // DefaultAzureCredential in the worker's own storage clients picks the user-assigned identity.
        {
          name: 'AZURE_CLIENT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identity.properties.clientId};Authorization=AAD'
        }
        {
          name: 'Mining__ApiBaseUrl'
          value: apiBaseUrl
        }
        {
          name: 'Mining__MinerBaseUrl'
          value: minerBaseUrl
        }
        // Resolved by the platform with keyVaultReferenceIdentity; the value never appears in settings.
        {
          name: 'Mining__RefreshToken'
          value: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${refreshTokenSecretName}/)'
        }
        {
          name: 'Mining__Platforms__0'
          value: platform
        }
        {
          name: 'Mining__MaxConcurrentCrawls'
          value: string(maxConcurrentCrawls)
        }
        {
          name: 'Mining__HeartbeatSchedule'
          value: heartbeatSchedule
        }
        {
          name: 'Mining__Sse__SignalQueueName'
          value: signalQueueName
        }
        {
          name: 'Mining__Sse__LeaseContainerName'
          value: listenerLeaseContainerName
        }
        {
          name: 'Mining__Durable__TaskHubName'
          value: durableTaskHubName
        }
        // An https account URL: the worker's signal queue, lease and state clients use the identity.
        {
          name: 'Mining__Storage'
          value: storage.properties.primaryEndpoints.blob
        }
      ]
    }
  }
}

// Deployment goes through the identity to the package container; no publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
