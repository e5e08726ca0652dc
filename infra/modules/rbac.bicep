// Every role the app's identity needs, each scoped to the one resource it is for, plus the
// operator's right to write the refresh token secret. Role definitions are Azure built-ins,
// referenced by their fixed GUIDs.

@description('Storage account that holds host, durable and worker state.')
param storageAccountName string

@description('Key Vault that holds the refresh token.')
param keyVaultName string

@description('Application Insights component that receives telemetry.')
param applicationInsightsName string

@description('Name of the app\'s user-assigned identity.')
param identityName string

@description('Grant Storage Account Contributor to the app identity, which the Durable Functions Azure Storage provider uses to manage its task hub resources.')
param grantStorageAccountContributor bool = true

@description('Object id of the operator: writes the refresh token secret, resets the stored rotated token and drains poison messages. Empty to skip.')
param operatorPrincipalId string = ''

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageBlobDataOwner 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
}

resource storageQueueDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
}

resource storageTableDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource storageBlobDataContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
}

resource storageAccountContributor 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '17d1049b-9a84-46fb-8f53-869881c3d3ab'
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '4633458b-17de-408a-b874-0445c86b69e6'
}

resource keyVaultSecretsOfficer 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
}

resource monitoringMetricsPublisher 'Microsoft.Authorization/roleDefinitions@2022-04-01' existing = {
  scope: subscription()
  name: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// Blobs: the host's locks and timer state, durable large payloads and leases, the listener lease,
// the deployment package and the worker's rotated refresh token. Owner, because the Flex
// deployment and the durable provider create and delete containers.
resource appBlobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageBlobDataOwner.id)
  properties: {
    roleDefinitionId: storageBlobDataOwner.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Queues: the durable control and work-item queues, and the mining-signals queue (and its poison queue).
resource appQueueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageQueueDataContributor.id)
  properties: {
    roleDefinitionId: storageQueueDataContributor.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Tables: the durable instance and history tables.
resource appTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageTableDataContributor.id)
  properties: {
    roleDefinitionId: storageTableDataContributor.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource appStorageAccountContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (grantStorageAccountContributor) {
  scope: storage
  name: guid(storage.id, identity.id, storageAccountContributor.id)
  properties: {
    roleDefinitionId: storageAccountContributor.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The Key Vault reference in the app settings resolves the refresh token with this role.
resource appKeyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser.id)
  properties: {
    roleDefinitionId: keyVaultSecretsUser.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Identity-based telemetry ingestion (Application Insights has local auth disabled).
resource appMonitoringMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: applicationInsights
  name: guid(applicationInsights.id, identity.id, monitoringMetricsPublisher.id)
  properties: {
    roleDefinitionId: monitoringMetricsPublisher.id
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The operator writes the refresh token secret; the app itself can only read it. Shared keys are
// off, so the operator's storage commands (--auth-mode login) need data roles of their own: blobs to
// reset the rotated refresh token (mining-state/refresh-token), queues to drain mining-signals-poison.
resource operatorKeyVaultSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, keyVaultSecretsOfficer.id)
  properties: {
    roleDefinitionId: keyVaultSecretsOfficer.id
    principalId: operatorPrincipalId
  }
}

resource operatorBlobDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: storage
  name: guid(storage.id, operatorPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: storageBlobDataContributor.id
    principalId: operatorPrincipalId
  }
}

resource operatorQueueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: storage
  name: guid(storage.id, operatorPrincipalId, storageQueueDataContributor.id)
  properties: {
    roleDefinitionId: storageQueueDataContributor.id
    principalId: operatorPrincipalId
  }
}
