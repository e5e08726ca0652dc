namespace Mining.Infra.Tests;

[Collection(CompiledTemplateGroup.Name)]
public sealed class RoleAssignmentTests(CompiledTemplate template)
{
    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "Microsoft.Storage/storageAccounts")] // Storage Table Data Contributor
    [InlineData("17d1049b-9a84-46fb-8f53-869881c3d3ab", "Microsoft.Storage/storageAccounts")] // Storage Account Contributor
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.KeyVault/vaults")] // Key Vault Secrets User
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb", "Microsoft.Insights/components")] // Monitoring Metrics Publisher
    public void The_app_identity_holds_the_role_on_the_resource_it_needs(string roleDefinitionGuid, string scopeType)
    {
        var assignment = Assert.Single(AssignmentsOf(roleDefinitionGuid), IsForAppIdentity);

        Assert.Contains($"resourceId('{scopeType}'", assignment.GetString("scope"), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.GetString("properties.principalType"));
        // Every app role is unconditional, but Storage Account Contributor can be switched off; it is on by default.
        if (assignment.Json["condition"] is { } condition)
        {
            Assert.Equal("[parameters('grantStorageAccountContributor')]", condition.GetValue<string>());
            Assert.True(assignment.Scope.Resolve(condition)!.GetValue<bool>());
        }
    }

    [Theory]
    [InlineData("b86a8fe4-44ce-4948-aee5-eccb2c155cd7", "Microsoft.KeyVault/vaults")] // Key Vault Secrets Officer: sets the refresh token
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe", "Microsoft.Storage/storageAccounts")] // Storage Blob Data Contributor: resets the rotated token
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88", "Microsoft.Storage/storageAccounts")] // Storage Queue Data Contributor: drains poison messages
    public void The_deploying_operator_gets_the_roles_the_guide_relies_on(string roleDefinitionGuid, string scopeType)
    {
        var assignment = Assert.Single(AssignmentsOf(roleDefinitionGuid), a => !IsForAppIdentity(a));

        Assert.Contains($"resourceId('{scopeType}'", assignment.GetString("scope"), StringComparison.Ordinal);
        Assert.Equal("[deployer().objectId]", assignment.GetString("properties.principalId"));
        Assert.Equal("[not(empty(parameters('operatorPrincipalId')))]", assignment.Json["condition"]!.GetValue<string>());
    }

    [Fact]
    public void No_role_is_granted_above_the_resource_it_is_for()
    {
        Assert.All(
            template.OfType("Microsoft.Authorization/roleAssignments"),
            assignment => Assert.False(string.IsNullOrEmpty(assignment.GetString("scope")), "A role assignment has no resource scope."));
    }

    [Fact]
    public void The_app_is_created_after_its_roles()
    {
        var app = template.OfType("Microsoft.Resources/deployments").Single(d => d.GetString("name") == "function-app");

        Assert.Contains(
            app.Json["dependsOn"]!.AsArray(),
            dependency => dependency!.GetValue<string>().Contains("'rbac')", StringComparison.Ordinal));
    }

    private static bool IsForAppIdentity(ArmResource assignment)
    {
        var principal = assignment.GetString("properties.principalId")!;
        return principal.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal)
            && principal.EndsWith(".principalId]", StringComparison.Ordinal);
    }

    private IEnumerable<ArmResource> AssignmentsOf(string roleDefinitionGuid) =>
        template.OfType("Microsoft.Authorization/roleAssignments").Where(a =>
            a.GetString("properties.roleDefinitionId")!.Contains($"'{roleDefinitionGuid}'", StringComparison.OrdinalIgnoreCase));
}
