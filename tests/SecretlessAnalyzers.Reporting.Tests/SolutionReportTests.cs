using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SecretlessAnalyzers.Reporting.Output;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    public class SolutionReportTests
    {
        [SkippableFact]
        public void SolutionReport_MergesEveryProjectStillInTheSolution_AndItsBicepCompiles()
        {
            var solution = Path.Combine(Path.GetTempPath(), "secretless-solution-" + Guid.NewGuid().ToString("N"));
            try
            {
                Directory.CreateDirectory(Path.Combine(solution, "Orders"));
                Directory.CreateDirectory(Path.Combine(solution, "Billing"));
                var orders = Path.Combine(solution, "Orders", "Orders.csproj");
                var billing = Path.Combine(solution, "Billing", "Billing.csproj");
                File.WriteAllText(orders, "<Project />");
                File.WriteAllText(billing, "<Project />");

                SolutionReport.Merge(solution, ReportBuilder.Build(Log(StorageKey("contosoorders", "Orders/Archive.cs", 1)), orders, "net10.0"));
                SolutionReport.Merge(solution, ReportBuilder.Build(Log(), Path.Combine(solution, "Gone", "Gone.csproj"), "net10.0"));
                var markdownPath = SolutionReport.Merge(solution, ReportBuilder.Build(
                    Log(StorageKey("contosobilling", "Billing/Invoices.cs", 2), Result("SL1007", "Redis", "Cache.cs", 1, ("Service", "Redis"), ("Resource", "contoso-prices"), ("Role", "Data Reader"))),
                    billing,
                    "net10.0"));

                Assert.Equal(Path.Combine(solution, "secretless-report.md"), markdownPath);
                var markdown = File.ReadAllText(markdownPath);
                Assert.Contains("| Orders (net10.0) | 1 | 1 | 1 | 0 |", markdown);
                Assert.Contains("| Billing (net10.0) | 2 | 1 | 2 | 0 |", markdown);
                Assert.Contains("## Secretless migration report: Orders", markdown);
                Assert.Contains("storageAccounts/contosobilling", markdown);
                Assert.DoesNotContain("Gone", markdown);
                var json = JsonNode.Parse(File.ReadAllText(Path.Combine(solution, "secretless-report.json")))!;
                Assert.Equal(new[] { "Billing", "Orders" }, json["projects"]!.AsArray().Select(p => (string?)p!["project"]));

                var bicep = File.ReadAllText(Path.Combine(solution, "secretless-roles.bicep"));
                Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(bicep, "^module ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
                Assert.Contains("principalName: principalName", bicep);

                Skip.If(BicepCli.Unavailable is not null, BicepCli.Unavailable);
                var (exitCode, output) = BicepCli.Build(Path.Combine(solution, "secretless-roles.bicep"));
                Assert.True(exitCode == 0, "bicep build failed:\n" + output + "\n" + bicep);
                Assert.DoesNotContain("Warning", output);
            }
            finally
            {
                Directory.Delete(solution, recursive: true);
            }
        }
    }
}
