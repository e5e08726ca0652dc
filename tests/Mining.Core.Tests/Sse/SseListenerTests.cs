using Microsoft.Extensions.Logging;
using Mining.Core.Signals;
using Mining.Core.Sse;

namespace Mining.Core.Tests.Sse;

public sealed class SseListenerTests
{
    [Fact]
    public async Task Assignment_events_become_signals_and_other_events_and_comments_do_not()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Stream(
            ":keep-alive\n\n",
            "id: 1\nevent: assignment\ndata: {\"count\": 3, \"search_query_id\": \"q1\"}\n\n",
            "event: status\ndata: {\"count\": 9}\n\n",
            "data: plain message\n\n",
            "event: assignment\ndata: {\"count\": \"many\"\n\n",
            "id: 2\nevent: assignment\ndata: {}\n\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitForSignalsAsync(4);
        var now = harness.Time.GetUtcNow();

        Assert.Equal(
            [
                new AssignmentSignal(SignalReasons.SseCatchUp, null, null, null, now),
                new AssignmentSignal(SignalReasons.SseAssignment, 3, "q1", "1", now),
                new AssignmentSignal(SignalReasons.SseAssignment, null, null, "1", now),
                new AssignmentSignal(SignalReasons.SseAssignment, null, null, "2", now),
            ],
            harness.Publisher.Signals);
        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer t1", request.Authorization);
        Assert.Equal("text/event-stream", request.Accept);
        Assert.Equal("device 1/é", request.DeviceId);
        Assert.Null(request.LastEventId);
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("malformed", StringComparison.Ordinal));
        Assert.Contains(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Debug && r.Message.Contains("status", StringComparison.Ordinal));
        Assert.True(harness.Health.Current.Connected);
        Assert.Equal(now, harness.Health.Current.LastEventAt);
    }

    [Fact]
    public async Task A_comment_only_stream_enqueues_nothing_but_the_catch_up()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Stream(":keep-alive\n\n", ":\n\n", ": data: x\n\n\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitUntilAsync(() => harness.Health.Current.LastByteAt is not null, "the comments");
        await harness.WaitForSignalsAsync(1);
        await Task.Delay(200);

        var signal = Assert.Single(harness.Publisher.Signals);
        Assert.Equal(SignalReasons.SseCatchUp, signal.Reason);
        Assert.Null(harness.Health.Current.LastEventAt);
    }

    [Fact]
    public async Task A_stream_written_one_byte_at_a_time_parses_whole()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.OneByteAtATime(
            "\uFEFFid: é1\r\nevent: assignment\r\ndata: {\"count\": 2,\r\ndata: \"search_query_id\": \"q-ü\"}\r\n\r\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitForSignalsAsync(2);

        var signal = harness.Publisher.Signals[1];
        Assert.Equal(new AssignmentSignal(SignalReasons.SseAssignment, 2, "q-ü", "é1", harness.Time.GetUtcNow()), signal);
    }

    [Fact]
    public async Task A_drop_mid_event_loses_only_that_event_and_resumes_with_last_event_id_after_the_retry_delay()
    {
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.StreamThenClose(
                "retry: 5000\nid: 7\nevent: assignment\ndata: {\"count\": 1}\n\n",
                "id: 8\nevent: assignment\ndata: {\"cou"),
            SseTestServer.Stream("event: assignment\ndata: {\"count\": 4}\n\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitForSignalsAsync(2);
        var delay = await harness.WaitForReconnectDelayAsync(1);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), delay); // half of the server's retry: 5000 (midpoint jitter)
        Assert.Equal(2, harness.Publisher.Signals.Count);

        harness.Time.Advance(delay);
        await harness.WaitForSignalsAsync(4);

        var second = server.Requests.Last();
        Assert.Equal("7", second.LastEventId);
        Assert.Equal([SignalReasons.SseCatchUp, SignalReasons.SseAssignment, SignalReasons.SseCatchUp, SignalReasons.SseAssignment], harness.Publisher.Signals.Select(s => s.Reason));
        Assert.Equal("7", harness.Publisher.Signals[2].EventId);
        Assert.Equal(new AssignmentSignal(SignalReasons.SseAssignment, 4, null, "7", harness.Time.GetUtcNow()), harness.Publisher.Signals[3]);
        Assert.Equal(1, harness.Health.Current.ReconnectCount);
    }

    [Fact]
    public async Task A_server_that_never_ends_a_line_is_dropped_at_the_parser_cap_and_the_listener_reconnects()
    {
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.Stream("event: assignment\ndata: " + new string('x', EventStreamParser.DefaultMaxBufferedChars + 1)),
            SseTestServer.Stream("event: assignment\ndata: {\"count\": 3}\n\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitForSignalsAsync(1);
        var delay = await harness.WaitForReconnectDelayAsync(1);
        Assert.Contains("grew past", harness.Health.Current.LastError, StringComparison.Ordinal);

        harness.Time.Advance(delay);
        await harness.WaitForSignalsAsync(3);

        Assert.Equal([SignalReasons.SseCatchUp, SignalReasons.SseCatchUp, SignalReasons.SseAssignment], harness.Publisher.Signals.Select(s => s.Reason));
        Assert.Equal(3, harness.Publisher.Signals[2].Count);
    }

    [Fact]
    public async Task Last_event_id_is_sent_trimmed_and_utf8_and_an_id_reset_stops_sending_it()
    {
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.StreamThenClose("id:  évé 9\t\n\n"),
            SseTestServer.StreamThenClose("id\n\n"),
            SseTestServer.Stream());
        await using var harness = new ListenerHarness(server).Start();

        harness.Time.Advance(await harness.WaitForReconnectDelayAsync(1));
        harness.Time.Advance(await harness.WaitForReconnectDelayAsync(2));
        await harness.WaitForSignalsAsync(3);

        Assert.Equal([null, "évé 9", null], server.Requests.Select(r => r.LastEventId));
        Assert.Equal([null, " évé 9\t", null], harness.Publisher.Signals.Select(s => s.EventId));
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_with_jitter_up_to_the_cap()
    {
        var script = Enumerable.Repeat(SseTestServer.Respond(500, "text/plain", "boom"), 7).ToArray();
        await using var server = await SseTestServer.StartAsync(script);
        await using var harness = new ListenerHarness(server).Start();

        var delays = new List<TimeSpan>();
        for (var reconnect = 1; reconnect <= 7; reconnect++)
        {
            var delay = await harness.WaitForReconnectDelayAsync(reconnect);
            delays.Add(delay);
            Assert.Equal(reconnect, server.Requests.Count);
            harness.Time.Advance(delay);
        }

        Assert.Equal([0.5, 1, 2, 4, 8, 15, 15], delays.Select(d => d.TotalSeconds));
        await harness.WaitForSignalsAsync(1);
        Assert.True(harness.Health.Current.Connected);
        Assert.Contains("500", harness.Logger.Collector.GetSnapshot().Last(r => r.Level == LogLevel.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_healthy_for_a_minute_resets_the_backoff()
    {
        var close = new TaskCompletionSource();
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.Respond(500),
            SseTestServer.Respond(503),
            SseTestServer.Stream([":hello\n"], close.Task),
            SseTestServer.Respond(500));
        await using var harness = new ListenerHarness(server).Start();

        harness.Time.Advance(await harness.WaitForReconnectDelayAsync(1));
        harness.Time.Advance(await harness.WaitForReconnectDelayAsync(2));
        await harness.WaitForSignalsAsync(1);
        harness.Time.Advance(TimeSpan.FromSeconds(61));
        close.SetResult();

        Assert.Equal(TimeSpan.FromSeconds(0.5), await harness.WaitForReconnectDelayAsync(3));
        harness.Time.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(TimeSpan.FromSeconds(1), await harness.WaitForReconnectDelayAsync(4));
    }

    [Fact]
    public async Task A_silent_connection_is_dropped_after_three_keep_alive_intervals()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Stream(":keep-alive\n"));
        await using var harness = new ListenerHarness(server).Start();
        await harness.WaitUntilAsync(() => harness.Health.Current.LastByteAt is not null, "the keep-alive");
        var lastByteAt = harness.Health.Current.LastByteAt!.Value;

        while (harness.Health.Current.Status == SseListenerStatus.Connected)
        {
            Assert.True(harness.Time.GetUtcNow() - lastByteAt <= TimeSpan.FromSeconds(91), "The watchdog did not fire.");
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        var silence = harness.Time.GetUtcNow() - lastByteAt;
        Assert.InRange(silence, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(91));
        Assert.Equal(TimeSpan.FromSeconds(0.5), await harness.WaitForReconnectDelayAsync(1));
        Assert.Contains("no byte", harness.Health.Current.LastError, StringComparison.Ordinal);
        await harness.WaitUntilAsync(() => server.OpenConnections == 0, "the server to see the hang-up");
    }

    [Fact]
    public async Task A_401_refreshes_the_token_and_reconnects_at_once_with_the_new_one()
    {
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.Respond(401),
            SseTestServer.Stream("event: assignment\ndata: {\"count\": 1}\n\n"));
        await using var harness = new ListenerHarness(server).Start();

        await harness.WaitForSignalsAsync(2);

        Assert.Equal(["Bearer t1", "Bearer t2"], server.Requests.Select(r => r.Authorization));
        Assert.Equal(["t1"], harness.Tokens.RefreshedStaleTokens);
        Assert.Equal(1, harness.Health.Current.ReconnectCount);
        Assert.True(harness.Health.Current.IsHealthy);
    }

    [Fact]
    public async Task A_401_whose_refresh_fails_stops_the_listener_unhealthy_without_looping()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Respond(401));
        await using var harness = new ListenerHarness(server);
        harness.Tokens.FailRefresh = true;
        harness.Start();

        await harness.Running.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Single(server.Requests);
        Assert.Empty(harness.Publisher.Signals);
        Assert.Equal(SseListenerStatus.Unhealthy, harness.Health.Current.Status);
        Assert.False(harness.Health.Current.IsHealthy);
        Assert.Contains("refresh", harness.Health.Current.UnhealthyReason, StringComparison.Ordinal);
        Assert.DoesNotContain("t1", harness.Health.Current.UnhealthyReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_right_after_a_refresh_backs_off_instead_of_refreshing_in_a_loop()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Respond(401), SseTestServer.Respond(401));
        await using var harness = new ListenerHarness(server).Start();

        Assert.Equal(TimeSpan.FromSeconds(0.5), await harness.WaitForReconnectDelayAsync(2));
        Assert.Equal(2, server.Requests.Count);
        harness.Time.Advance(TimeSpan.FromSeconds(0.5));
        await harness.WaitForSignalsAsync(1);

        Assert.Equal(["Bearer t1", "Bearer t2", "Bearer t3"], server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_401_whose_refresh_cannot_reach_the_auth_server_backs_off_and_tries_again()
    {
        await using var server = await SseTestServer.StartAsync(SseTestServer.Respond(401), SseTestServer.Respond(401));
        await using var harness = new ListenerHarness(server);
        harness.Tokens.RefreshUnreachableOnce = true;
        harness.Start();

        harness.Time.Advance(await harness.WaitForReconnectDelayAsync(1));
        await harness.WaitForSignalsAsync(1);

        Assert.Equal(["Bearer t1", "Bearer t1", "Bearer t2"], server.Requests.Select(r => r.Authorization));
        Assert.True(harness.Health.Current.IsHealthy);
    }

    [Fact]
    public async Task Errors_that_retrying_will_not_fix_wait_the_long_backoff()
    {
        await using var server = await SseTestServer.StartAsync(
            SseTestServer.Respond(404, "application/json", "{\"error\":\"not found\"}"),
            SseTestServer.Respond(200, "text/html", "<html>login</html>"),
            SseTestServer.Respond(403),
            SseTestServer.Respond(204, "text/event-stream"));
        await using var harness = new ListenerHarness(server).Start();

        for (var reconnect = 1; reconnect <= 4; reconnect++)
        {
            Assert.Equal(TimeSpan.FromMinutes(5), await harness.WaitForReconnectDelayAsync(reconnect));
            harness.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
            await Task.Delay(100);
            Assert.Equal(reconnect, server.Requests.Count);
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        await harness.WaitForSignalsAsync(1);
        var errors = harness.Logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Error).Select(r => r.Message).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains("404", errors[0], StringComparison.Ordinal);
        Assert.Contains("text/html", errors[1], StringComparison.Ordinal);
        Assert.Contains("403", errors[2], StringComparison.Ordinal);
        Assert.Contains("without a stream", errors[3], StringComparison.Ordinal);
    }
}
