using System.Text.Json;
using Mining.Core.Contract;

namespace Mining.Core.Tests.Api;

public sealed class AbandonTests
{
    private const string AbandonPath = "/mining/assignments/a-3/abandon";

    [Theory]
    [InlineData(AbandonReason.UserCancelled, "user_cancelled")]
    [InlineData(AbandonReason.LinkInvalid, "link_invalid")]
    [InlineData(AbandonReason.SiteDown, "site_down")]
    [InlineData(AbandonReason.SiteBlocked, "site_blocked")]
    [InlineData(AbandonReason.ContentRemoved, "content_removed")]
    public async Task The_reason_goes_out_as_its_snake_case_wire_value(AbandonReason reason, string wire)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"ok": true}""");

        var outcome = await harness.Client.AbandonAssignmentAsync("a-3", reason, "why", CancellationToken.None);

        Assert.True(outcome.Abandoned);
        using var body = JsonDocument.Parse(Assert.Single(harness.Server.RequestsTo(AbandonPath)).Body);
        Assert.Equal(wire, body.RootElement.GetProperty("reason").GetString());
        Assert.Equal("why", body.RootElement.GetProperty("details").GetString());
    }

    [Fact]
    public async Task Details_are_cut_to_200_characters_and_omitted_when_absent()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => ServerAnswers.Json(context, 200, """{"ok": true}""");

        await harness.Client.AbandonAssignmentAsync("a-3", AbandonReason.SiteDown, new string('d', 500), CancellationToken.None);
        await harness.Client.AbandonAssignmentAsync("a-3", AbandonReason.SiteDown, null, CancellationToken.None);

        var requests = harness.Server.RequestsTo(AbandonPath);
        using var first = JsonDocument.Parse(requests[0].Body);
        using var second = JsonDocument.Parse(requests[1].Body);
        Assert.Equal(200, first.RootElement.GetProperty("details").GetString()!.Length);
        Assert.False(second.RootElement.TryGetProperty("details", out _));
    }

    [Theory]
    [InlineData(200, """{"ok": false, "message": "not yours"}""", false)]
    [InlineData(404, """{"message": "not found"}""", false)]
    [InlineData(409, "already completed", false)]
    public async Task A_refusal_is_reported_not_thrown(int status, string body, bool abandoned)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Handler = context => body.StartsWith('{') ? ServerAnswers.Json(context, status, body) : ServerAnswers.Text(context, status, body);

        var outcome = await harness.Client.AbandonAssignmentAsync("a-3", AbandonReason.LinkInvalid, null, CancellationToken.None);

        Assert.Equal(abandoned, outcome.Abandoned);
        Assert.Equal(status, outcome.StatusCode);
        Assert.NotNull(outcome.Message);
    }
}
