using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>The Bicep CLI the restore of this project brings (package Azure.Bicep.CommandLine.linux-x64, tools/bicep).</summary>
    internal static class BicepCli
    {
        /// <summary>Why the CLI cannot run here, or null when it can.</summary>
        public static string? Unavailable =>
            !OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64
                ? "the Bicep CLI package the tests restore is the linux-x64 build; this is " + RuntimeInformation.RuntimeIdentifier
                : null;

        public static string Path
        {
            get
            {
                var root = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPackageRoot").Value;
                var path = System.IO.Path.Combine(root ?? string.Empty, "tools", "bicep");
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException("The restore did not bring the Bicep CLI (Azure.Bicep.CommandLine.linux-x64).", path);
                }

                // NuGet does not keep the execute bit.
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
                }

                return path;
            }
        }

        /// <summary>Runs <c>bicep build</c> on the file; the exit code and everything it printed (errors and warnings go to stderr).</summary>
        public static (int ExitCode, string Output) Build(string file)
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("build");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("--stdout");
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("bicep build did not finish in two minutes.");
            }

            return (process.ExitCode, stderr.Result + stdout.Result);
        }
    }
}
