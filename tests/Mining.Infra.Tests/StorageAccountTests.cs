namespace Mining.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class StorageAccountTests(CompiledTemplate template)
{
    private readonly ArmResource _storage = template.Single("Microsoft.Storage/storageAccounts");

    [Fact]
    public void Shared_key_access_is_off()
    {
        Assert.False(_storage.Get("properties.allowSharedKeyAccess")!.GetValue<bool>());
        Assert.True(_storage.Get("properties.defaultToOAuthAuthentication")!.GetValue<bool>());
    }

    [Fact]
    public void Only_TLS_1_2_over_HTTPS_is_accepted()
    {
        Assert.Equal("TLS1_2", _storage.GetString("properties.minimumTlsVersion"));
        Assert.True(_storage.Get("properties.supportsHttpsTrafficOnly")!.GetValue<bool>());
    }

    [Fact]
    public void No_blob_is_public()
    {
        Assert.False(_storage.Get("properties.allowBlobPublicAccess")!.GetValue<bool>());
        Assert.All(
            template.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            container => Assert.Equal("None", container.GetString("properties.publicAccess")));
    }

    [Fact]
    public void The_signal_queue_and_lease_container_carry_the_names_the_worker_uses()
    {
        var storageModule = template.OfType("Microsoft.Resources/deployments").Single(d => d.GetString("name") == "storage");
        var parameters = storageModule.Get("properties.parameters")!;

        Assert.Equal("mining-signals", storageModule.Scope.Resolve(parameters["signalQueueName"]!["value"])!.GetValue<string>());
        Assert.Equal("mining-listener", storageModule.Scope.Resolve(parameters["leaseContainerName"]!["value"])!.GetValue<string>());
    }

    [Fact]
    public void No_expression_anywhere_lists_keys_or_SAS_tokens()
    {
        // listKeys(), listAccountSas(), listServiceSas(), listSecrets()... would put a secret in a setting or output.
        Assert.DoesNotMatch(@"\blist[A-Z][A-Za-z]*\(", template.Text);
    }
}
