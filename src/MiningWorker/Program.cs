using System.CommandLine;
using MiningWorker.Commands;

var root = new RootCommand("mining-worker");
root.Subcommands.Add(ExtractCommand.Create());
return root.Parse(args).Invoke();
