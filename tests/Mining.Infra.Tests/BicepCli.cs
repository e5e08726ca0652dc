using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Mining.Infra.Tests;

/// <summary>
/// Runs the Bicep CLI that the NuGet package Azure.Bicep.CommandLine.linux-x64 restored for this
/// project (the path is baked in at build time), or the one named by <c>BICEP_PATH</c>.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Locate()
    {
        var path = Environment.GetEnvironmentVariable("BICEP_PATH");
        if (string.IsNullOrWhiteSpace(path))
        {
            path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        }

        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep CLI was not found (path: '{path}'). Restore it with infra/scripts/install-bicep.sh " +
                "(package Azure.Bicep.CommandLine.linux-x64), or set BICEP_PATH to a bicep binary.");
        }

        // NuGet may extract the binary without its executable bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }

    /// <summary>Compiles a .bicep file to its ARM JSON. Any diagnostic, even a warning, is a failure.</summary>
    public static async Task<JsonObject> BuildAsync(string bicepFile)
    {
        var start = new ProcessStartInfo(Locate())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("build");
        start.ArgumentList.Add(bicepFile);
        start.ArgumentList.Add("--stdout");

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException("Could not start the Bicep CLI.");
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        var diagnostics = await stderr;

        if (process.ExitCode != 0 || diagnostics.Length > 0)
        {
            throw new InvalidOperationException(
                $"bicep build {bicepFile} exited {process.ExitCode} with diagnostics:{Environment.NewLine}{diagnostics}");
        }

        return JsonNode.Parse(await stdout) as JsonObject
            ?? throw new InvalidOperationException("bicep build did not print a JSON object.");
    }
}
