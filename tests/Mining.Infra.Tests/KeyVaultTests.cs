namespace Mining.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class KeyVaultTests(CompiledTemplate template)
{
    [Fact]
    public void The_vault_authorises_with_RBAC_only()
    {
        var vault = template.Single("Microsoft.KeyVault/vaults");

        Assert.True(vault.Get("properties.enableRbacAuthorization")!.GetValue<bool>());
        Assert.Null(vault.Get("properties.accessPolicies"));
        Assert.True(vault.Get("properties.enableSoftDelete")!.GetValue<bool>());
    }

    [Fact]
    public void The_secret_is_written_only_when_a_value_is_given()
    {
        // Declaring it unconditionally would reset the operator's secret on every redeploy.
        var secret = template.Single("Microsoft.KeyVault/vaults/secrets");

        Assert.Equal("[not(empty(parameters('refreshToken')))]", secret.Json["condition"]?.GetValue<string>());
        Assert.Equal("[format('{0}/{1}', parameters('name'), parameters('refreshTokenSecretName'))]", secret.GetString("name"));
        Assert.Equal("mining-refresh-token", template.Root["variables"]!["refreshTokenSecretName"]!.GetValue<string>());
    }

    [Fact]
    public void The_refresh_token_parameter_is_secure_and_never_output()
    {
        Assert.Equal("securestring", template.Root["parameters"]!["refreshToken"]!["type"]!.GetValue<string>());
        Assert.Equal("", template.Root["parameters"]!["refreshToken"]!["defaultValue"]!.GetValue<string>());
        var outputs = template.OfType("Microsoft.Resources/deployments")
            .Select(d => d.Json["properties"]?["template"]?["outputs"])
            .Append(template.Root["outputs"])
            .OfType<System.Text.Json.Nodes.JsonNode>();
        Assert.All(outputs, o => Assert.DoesNotContain("parameters('refreshToken')", o.ToString(), StringComparison.Ordinal));
    }
}
