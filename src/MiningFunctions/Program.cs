using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using MiningFunctions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services
    .AddMiningFunctionsTelemetry()
    .AddMiningFunctionsSettings()
    .AddMiningFunctions();
builder.Build().Run();
