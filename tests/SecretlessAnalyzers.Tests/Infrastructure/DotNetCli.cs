using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace SecretlessAnalyzers.Tests.Infrastructure
{
    /// <summary>Runs the dotnet CLI as a user would, with a time limit, and keeps its output for failure messages.</summary>
    public static class DotNetCli
    {
        public sealed record Result(int ExitCode, string Output)
        {
            public override string ToString() => $"exit code {ExitCode}\n{Output}";
        }

        public static async Task<Result> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // Keep the child builds independent of the test host and of any build server state.
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment.Remove("MSBuildExtensionsPath");
            start.Environment.Remove("MSBuildSDKsPath");
            start.Environment.Remove("MSBUILD_EXE_PATH");

            using var process = new Process { StartInfo = start };
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = await Task.Run(() => process.WaitForExit((int)timeout.TotalMilliseconds)).ConfigureAwait(false);
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {timeout}.\n{output}");
            }

            process.WaitForExit();
            lock (output)
            {
                return new Result(process.ExitCode, output.ToString());
            }
        }

        /// <summary>The repository root: the folder holding SecretlessAnalyzers.sln.</summary>
        public static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SecretlessAnalyzers.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("SecretlessAnalyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
