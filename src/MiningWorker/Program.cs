using MiningWorker.Cli;
using MiningWorker.Hosting;

return await MiningWorkerCli.InvokeAsync(args, MiningComponents.Create(), Console.Out, Console.Error, CancellationToken.None);
