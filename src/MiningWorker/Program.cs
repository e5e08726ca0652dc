Console.Error.WriteLine("mining-worker: not yet implemented");
return 1;
