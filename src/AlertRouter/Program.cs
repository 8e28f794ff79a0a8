return await AlertRouter.Cli.CommandLine.RunAsync(args);
