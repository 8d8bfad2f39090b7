using System;
using System.Linq;
using System.Text.Json.Nodes;

using SecretlessAnalyzers.Reporting.Pipeline;

namespace SecretlessAnalyzers.Reporting.Tests
{
    /// <summary>Builds compiler SARIF 2.1 logs the way csc writes them, with SL* results and their custom properties.</summary>
    internal static class Sarif
    {
        public const string Root = "/src/Orders";
        public static readonly string ProjectPath = Root + "/Orders.csproj";

        /// <summary>The redacted form of a secret, as the analyzers write it into messages.</summary>
        public static readonly string Redacted = "'" + "U2Vj" + "\u2026' (88 characters)";

        public static JsonObject Result(string ruleId, string message, string file, int line, params (string Key, string Value)[] properties)
        {
            var custom = new JsonObject();
            foreach (var (key, value) in properties)
            {
                custom.Add(key, value);
            }

            return new JsonObject
            {
                { "ruleId", ruleId },
                { "level", "warning" },
                { "message", new JsonObject { { "text", message } } },
                {
                    "locations", new JsonArray(new JsonObject
                    {
                        {
                            "physicalLocation", new JsonObject
                            {
                                { "artifactLocation", new JsonObject { { "uri", new Uri(Root + "/" + file).AbsoluteUri } } },
                                { "region", new JsonObject { { "startLine", line }, { "startColumn", 5 } } },
                            }
                        },
                    })
                },
                { "properties", new JsonObject { { "warningLevel", 1 }, { "customProperties", custom } } },
            };
        }

        public static string Log(params JsonObject[] results)
        {
            var rules = new JsonArray(
                new JsonObject { { "id", "SL1001" }, { "shortDescription", new JsonObject { { "text", "Storage account key or SAS embedded in code" } } }, { "helpUri", "https://example.test/SL1001.md" } },
                new JsonObject { { "id", "SL2002" }, { "shortDescription", new JsonObject { { "text", "DefaultAzureCredential in production code" } } } });
            return new JsonObject
            {
                { "$schema", "http://json.schemastore.org/sarif-2.1.0" },
                { "version", "2.1.0" },
                {
                    "runs", new JsonArray(new JsonObject
                    {
                        { "results", new JsonArray(results.Select(r => (JsonNode?)r).ToArray()) },
                        { "tool", new JsonObject { { "driver", new JsonObject { { "name", "csc" }, { "rules", rules } } } } },
                    })
                },
            }.ToJsonString();
        }

        public static JsonObject StorageKey(string account, string file, int line, string role = "Storage Blob Data Contributor") =>
            Result("SL1001", $"Account key for storage account '{account}' is embedded in code as {Redacted}; authenticate with a managed identity granted '{role}'", file, line,
                ("SecretKind", "StorageAccountKey"), ("Service", "Storage"), ("Resource", account), ("Role", role), ("Sink", "ClientConstructor"),
                ("Endpoint.blob", $"https://{account}.blob.core.windows.net"));

        public static Model.ProjectReport Build(params JsonObject[] results) => ReportBuilder.Build(Log(results), ProjectPath, "net10.0");
    }
}
