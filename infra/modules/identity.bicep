// The one user-assigned identity the app uses for everything: host storage, the worker's
// own storage, the Key Vault reference and Application Insights ingestion. A user-assigned
// identity outlives the app, so role assignments survive a redeploy of the site.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
