namespace Mining.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class HostingTests(CompiledTemplate template)
{
    private readonly ArmResource _site = template.Single("Microsoft.Web/sites");

    [Fact]
    public void The_plan_is_Flex_Consumption()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.GetString("sku.name"));
        Assert.Equal("FlexConsumption", plan.GetString("sku.tier"));
        Assert.True(plan.Get("properties.reserved")!.GetValue<bool>());
    }

    [Fact]
    public void The_app_runs_dotnet_isolated_10_by_default()
    {
        Assert.Equal("functionapp,linux", _site.GetString("kind"));
        Assert.Equal("dotnet-isolated", _site.GetString("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", _site.GetString("properties.functionAppConfig.runtime.version"));
    }

    [Fact]
    public void The_durable_group_stays_warm_so_the_listener_stays_connected()
    {
        var alwaysReady = _site.Get("properties.functionAppConfig.scaleAndConcurrency.alwaysReady")!.AsArray();

        var durable = Assert.Single(alwaysReady, g => g!["name"]!.GetValue<string>() == "durable")!;
        Assert.Equal(1, _site.Scope.Resolve(durable["instanceCount"])!.GetValue<int>());
    }

    [Fact]
    public void The_package_is_deployed_through_the_identity_to_a_private_container()
    {
        Assert.Equal("blobContainer", _site.GetString("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", _site.GetString("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Contains(
            "primaryEndpoints.blob",
            _site.GetString("properties.functionAppConfig.deployment.storage.value"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_is_HTTPS_only_without_publishing_passwords()
    {
        Assert.True(_site.Get("properties.httpsOnly")!.GetValue<bool>());
        Assert.Equal("1.2", _site.GetString("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", _site.GetString("properties.siteConfig.ftpsState"));

        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Get("properties.allow")!.GetValue<bool>()));
    }

    [Fact]
    public void Application_Insights_and_Log_Analytics_refuse_local_auth()
    {
        var insights = template.Single("Microsoft.Insights/components");
        var workspace = template.Single("Microsoft.OperationalInsights/workspaces");

        Assert.True(insights.Get("properties.DisableLocalAuth")!.GetValue<bool>());
        Assert.True(workspace.Get("properties.features.disableLocalAuth")!.GetValue<bool>());
    }

    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_MANAGED_IDENTITY_CLIENT_ID")]
    [InlineData("AZURE_MANAGED_IDENTITY_PRINCIPAL_ID")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("AZURE_KEY_VAULT_URI")]
    public void The_deployment_outputs_what_the_operator_needs(string output) =>
        Assert.NotNull(template.Root["outputs"]?[output]);

    [Fact]
    public void azd_deploys_the_Functions_project_to_the_tagged_app()
    {
        var azureYaml = File.ReadAllLines(Path.Combine(Mining.Testing.RepositoryPaths.Root, "azure.yaml"));
        var project = azureYaml.Select(l => l.Trim()).Single(l => l.StartsWith("project:", StringComparison.Ordinal))["project:".Length..].Trim();

        Assert.True(File.Exists(Path.Combine(Mining.Testing.RepositoryPaths.Root, project, "MiningFunctions.csproj")), $"azure.yaml points at {project}.");
        Assert.Contains("    host: function", azureYaml);
        Assert.Contains("  functions:", azureYaml);
        var module = template.OfType("Microsoft.Resources/deployments").Single(d => d.GetString("name") == "function-app");
        Assert.Equal("functions", module.Get("properties.parameters")!["serviceName"]!["value"]!.GetValue<string>());
    }
}
