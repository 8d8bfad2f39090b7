using System;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using SecretlessAnalyzers.Reporting.Pipeline;
using Xunit;
using static SecretlessAnalyzers.Reporting.Tests.Sarif;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>No secret ever reaches the Markdown, JSON or Bicep, even where a SARIF producer puts one in the log.</summary>
    public class RedactionTests
    {
        [Fact]
        public void SecretInSnippetsAndUnknownFields_NeverReachesTheReport()
        {
            // A key made at run time (never committed), in the places a SARIF writer may quote source text.
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
            var redacted = "'" + key.Substring(0, 4) + "\u2026' (" + key.Length + " characters)";
            var result = Result("SL1001", "Account key for storage account 'contosoorders' is embedded in code as " + redacted, "Archive.cs", 12,
                ("Service", "Storage"), ("Resource", "contosoorders"), ("Role", "Storage Blob Data Contributor"));
            var region = result["locations"]![0]!["physicalLocation"]!["region"]!.AsObject();
            region.Add("snippet", new JsonObject { { "text", "var key = \"" + key + "\";" } });
            result["locations"]![0]!["physicalLocation"]!.AsObject().Add("contextRegion", new JsonObject { { "snippet", new JsonObject { { "text", key } } } });
            result.Add("fixes", new JsonArray(new JsonObject { { "description", new JsonObject { { "text", key } } } }));
            result.Add("fingerprints", new JsonObject { { "secret", key } });

            var report = ReportBuilder.Build(Log(result), ProjectPath, "net10.0");

            foreach (var output in new[] { report.ToMarkdown(), report.ToJson(), report.ToBicep() })
            {
                Assert.DoesNotContain(key, output);
                Assert.DoesNotContain(key.Substring(4, 20), output);
            }

            Assert.Contains(redacted, report.ToMarkdown());
            Assert.Contains(redacted, report.ToJson());
        }
    }
}
