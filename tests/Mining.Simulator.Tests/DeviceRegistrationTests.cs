using System.Net;
using Mining.Simulator.Model;

namespace Mining.Simulator.Tests;

public sealed class DeviceRegistrationTests
{
    [Fact]
    public async Task Registration_answers_an_encoded_device_id()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        var deviceId = await sim.RegisterDeviceAsync();

        var device = Assert.Single(sim.Server.State.Devices);
        Assert.Equal(deviceId, device.DeviceId);
        Assert.Equal("machine-a", device.MachineId);
        Assert.Empty(sim.Server.State.Violations);
    }

    [Theory]
    [InlineData("%%%not-base64%%%")]
    [InlineData("YWJj")]
    public async Task A_body_that_does_not_decode_is_a_400_and_a_violation(string data)
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.PostDataAsync("/devices/register-v2", data);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.UndecodablePayload, Assert.Single(sim.Server.State.Violations).Kind);
        Assert.Empty(sim.Server.State.Devices);
    }

    [Fact]
    public async Task Plain_base64_json_instead_of_the_contracts_encode_is_refused()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();
        var plain = Convert.ToBase64String(System.Text.Encoding.Unicode.GetBytes("{\"user_id\":\"sim-user-1\"}"));

        using var response = await sim.PostDataAsync("/devices/register-v2", plain);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.UndecodablePayload, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task A_payload_without_the_contracts_fields_lists_every_missing_one()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.PostEncodedAsync("/devices/register-v2", new { user_id = sim.Server.UserId, device_info = new { os = "linux" }, timestamp = 1_764_800_000 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var violation = Assert.Single(sim.Server.State.Violations);
        Assert.Equal(ViolationKind.InvalidField, violation.Kind);
        foreach (var field in new[] { "device_type", "timestamp", "os_name", "os_version", "cpu_cores", "memory_gb", "machine_id" })
        {
            Assert.Contains(field, violation.Description, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_users_id_is_an_identity_mismatch()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        using var response = await sim.PostEncodedAsync("/devices/register-v2", SimulatorHarness.RegistrationPayload("someone-else"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ViolationKind.IdentityMismatch, Assert.Single(sim.Server.State.Violations).Kind);
    }

    [Fact]
    public async Task Registering_the_same_machine_again_is_flagged()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        await sim.AuthorizeAsync();

        var first = await sim.RegisterDeviceAsync();
        var second = await sim.RegisterDeviceAsync();
        await sim.RegisterDeviceAsync("machine-b");

        Assert.NotEqual(first, second);
        Assert.Equal(ViolationKind.DeviceReregistered, Assert.Single(sim.Server.State.Violations).Kind);
        Assert.Equal(3, sim.Server.State.Counters.Registrations);
    }
}
