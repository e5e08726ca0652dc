// The Key Vault that holds the operator's refresh token. Access is by Azure RBAC only (no
// access policies). The secret is written here only when a value is passed in: declaring it
// unconditionally would overwrite, on every redeploy, the value an operator set by hand.

@description('Key Vault name (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

@description('Name of the secret that holds the refresh token.')
param refreshTokenSecretName string

@description('Refresh token to store now. Leave empty to set the secret yourself after deployment (see docs/operations.md).')
@secure()
param refreshToken string = ''

@description('Turn on purge protection. Once on it cannot be turned off, and a deleted vault name stays reserved for the retention period.')
param enablePurgeProtection bool = false

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource refreshTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(refreshToken)) {
  parent: vault
  name: refreshTokenSecretName
  properties: {
    value: refreshToken
    contentType: 'text/plain'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output refreshTokenSecretName string = refreshTokenSecretName
