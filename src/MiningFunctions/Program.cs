using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using MiningFunctions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services
    .AddMiningFunctionsTelemetry()
    .AddMiningFunctions();
builder.Build().Run();
