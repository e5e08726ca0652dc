using System.Text.Json.Nodes;

namespace Mining.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    private readonly ArmResource _site = template.Single("Microsoft.Web/sites");

    private Dictionary<string, string> Settings()
    {
        var list = _site.Get("properties.siteConfig.appSettings") as JsonArray
            ?? throw new InvalidOperationException("The site declares no siteConfig.appSettings.");
        return list.OfType<JsonObject>().ToDictionary(
            s => s["name"]!.GetValue<string>(),
            s => _site.Scope.Resolve(s["value"])?.ToString() ?? "",
            StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__blobServiceUri", "primaryEndpoints.blob")]
    [InlineData("AzureWebJobsStorage__queueServiceUri", "primaryEndpoints.queue")]
    [InlineData("AzureWebJobsStorage__tableServiceUri", "primaryEndpoints.table")]
    [InlineData("Mining__Storage", "primaryEndpoints.blob")]
    public void Storage_is_reached_by_service_URI(string name, string endpoint)
    {
        var value = Settings()[name];

        Assert.Contains("Microsoft.Storage/storageAccounts", value, StringComparison.Ordinal);
        Assert.EndsWith($".{endpoint}]", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_storage_signs_in_as_the_user_assigned_identity()
    {
        var settings = Settings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        AssertIsIdentityClientId(settings["AzureWebJobsStorage__clientId"]);
        AssertIsIdentityClientId(settings["AZURE_CLIENT_ID"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void No_setting_holds_a_key_or_a_storage_connection_string()
    {
        string[] secretMarkers = ["AccountKey=", "SharedAccessSignature=", "DefaultEndpointsProtocol=", "sig=", "UseDevelopmentStorage"];

        Assert.All(Settings(), setting => Assert.All(
            secretMarkers,
            marker => Assert.DoesNotContain(marker, setting.Value, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_refresh_token_is_a_Key_Vault_reference_resolved_by_the_identity()
    {
        var value = Settings()["Mining__RefreshToken"];

        Assert.StartsWith("[format('@Microsoft.KeyVault(SecretUri={0}secrets/{1}/)'", value, StringComparison.Ordinal);
        Assert.Contains("Microsoft.KeyVault/vaults", value, StringComparison.Ordinal);
        Assert.Contains(".vaultUri", value, StringComparison.Ordinal);

        var referenceIdentity = _site.GetString("properties.keyVaultReferenceIdentity")!;
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", referenceIdentity, StringComparison.Ordinal);
        Assert.Equal("UserAssigned", _site.GetString("identity.type"));
    }

    [Fact]
    public void Telemetry_is_ingested_with_the_identity()
    {
        var settings = Settings();

        var authentication = settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"];
        Assert.StartsWith("[format('ClientId={0};Authorization=AAD'", authentication, StringComparison.Ordinal);
        Assert.Contains("userAssignedIdentities", authentication, StringComparison.Ordinal);
        Assert.EndsWith(".ConnectionString]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_setting_the_worker_reads_is_present_with_its_default()
    {
        var settings = Settings();

        Assert.Equal("https://api.optimai.network", settings["Mining__ApiBaseUrl"]);
        Assert.Equal("https://api-onchain.optimai.network", settings["Mining__MinerBaseUrl"]);
        Assert.Equal("google", settings["Mining__Platforms__0"]);
        Assert.Equal("[string(parameters('maxConcurrentCrawls'))]", settings["Mining__MaxConcurrentCrawls"]);
        Assert.Equal(8, _site.Scope.Resolve(JsonValue.Create("[parameters('maxConcurrentCrawls')]"))!.GetValue<int>());

        var schedule = settings["Mining__HeartbeatSchedule"];
        Assert.Equal("0 */1 * * * *", schedule);
        Assert.Equal(6, schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

        // The triggers' %...% names have no defaults: a missing one stops the queue trigger from binding in Azure.
        Assert.Equal("mining-signals", settings["Mining__Sse__SignalQueueName"]);
        Assert.Equal("mining-listener", settings["Mining__Sse__LeaseContainerName"]);
        Assert.Equal("mining", settings["Mining__Durable__TaskHubName"]);
    }

    [Theory]
    [InlineData("FUNCTIONS_WORKER_RUNTIME")]
    [InlineData("FUNCTIONS_EXTENSION_VERSION")]
    [InlineData("WEBSITE_RUN_FROM_PACKAGE")]
    [InlineData("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING")]
    [InlineData("WEBSITE_CONTENTSHARE")]
    public void Settings_that_Flex_Consumption_rejects_are_absent(string name) =>
        Assert.DoesNotContain(name, Settings().Keys);

    private static void AssertIsIdentityClientId(string value)
    {
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", value, StringComparison.Ordinal);
        Assert.EndsWith(".clientId]", value, StringComparison.Ordinal);
    }
}
