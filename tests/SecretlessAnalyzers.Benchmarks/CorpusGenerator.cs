using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SecretlessAnalyzers.Benchmarks
{
    /// <summary>
    /// Deterministic, string-heavy service code: controllers and repositories full of log templates, SQL, URLs,
    /// JSON, resource strings, GUIDs, base64 blobs, connection strings without secrets, secret-named variables
    /// holding non-secrets, and a sprinkling of fake secrets. The same seed always gives the same corpus.
    /// </summary>
    public static class CorpusGenerator
    {
        private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static IReadOnlyList<(string Path, string Text)> Generate(int targetLines, int seed = 20261122)
        {
            var random = new Random(seed);
            var files = new List<(string, string)>();
            var lines = 0;
            for (var index = 0; lines < targetLines; index++)
            {
                var text = GenerateFile(random, index);
                files.Add(($"/corpus/Service{index:D4}.cs", text));
                lines += CountLines(text);
            }

            return files;
        }

        public static int CountLines(string text)
        {
            var count = 1;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
            }

            return count;
        }

        private static string GenerateFile(Random random, int index)
        {
            var builder = new StringBuilder();
            builder.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\nusing System.Threading.Tasks;\nusing Azure.Storage.Blobs;\n\n");
            builder.Append("namespace Contoso.Service").Append(index % 20).Append(";\n\n");
            builder.Append("public sealed class OrderService").Append(index).Append("\n{\n");
            builder.Append("    private const string ResourceName = \"Orders.Resources.").Append(index).Append("\";\n");
            builder.Append("    private static readonly Guid TenantId = new Guid(\"").Append(Guid(random)).Append("\");\n");
            builder.Append("    private readonly Dictionary<string, string> _messages = new()\n    {\n");
            for (var i = 0; i < 6; i++)
            {
                builder.Append("        [\"msg").Append(i).Append("\"] = \"").Append(Sentence(random)).Append("\",\n");
            }

            builder.Append("    };\n\n");
            var methods = 8 + random.Next(6);
            for (var m = 0; m < methods; m++)
            {
                AppendMethod(builder, random, index, m);
            }

            builder.Append("}\n");
            return builder.ToString();
        }

        private static void AppendMethod(StringBuilder builder, Random random, int file, int method)
        {
            builder.Append("    public async Task<string> Handle").Append(method).Append("Async(string id, int count)\n    {\n");
            builder.Append("        var log = new StringBuilder();\n");
            var statements = 12 + random.Next(10);
            for (var s = 0; s < statements; s++)
            {
                builder.Append("        ").Append(Statement(random, file, method, s)).Append('\n');
            }

            builder.Append("        await Task.Yield();\n        return log.ToString();\n    }\n\n");
        }

        private static string Statement(Random random, int file, int method, int statement)
        {
            var name = "v" + statement;
            switch (random.Next(20))
            {
                case 0: return $"log.AppendLine($\"Processing order {{id}} for tenant {{TenantId}} with {{count}} items ({name})\");";
                case 1: return $"var {name} = \"SELECT o.Id, o.Total, c.Name FROM Orders o JOIN Customers c ON c.Id = o.CustomerId WHERE o.Id = @id AND o.Count > {statement}\";";
                case 2: return $"var {name} = \"https://api.contoso.com/v2/orders/\" + id + \"?include=lines&page={statement}\";";
                case 3: return $"var {name} = \"{{\\\"orderId\\\": \\\"\" + id + \"\\\", \\\"status\\\": \\\"shipped\\\", \\\"count\\\": {statement}}}\";";
                case 4: return $"var {name} = _messages.TryGetValue(\"msg{statement % 6}\", out var text{statement}) ? text{statement} : \"{Sentence(random)}\";";
                case 5: return $"var {name} = new Guid(\"{Guid(random)}\");";
                case 6: return $"var {name} = Convert.FromBase64String(\"{Base64(random, 40 + random.Next(80))}\");";
                case 7: return $"var {name} = \"Server=(localdb)\\\\MSSQLLocalDB;Database=Orders{file};Integrated Security=true;TrustServerCertificate=true\";";
                case 8: return $"var {name} = \"UseDevelopmentStorage=true\";";
                case 9: return $"var passwordPolicy{statement} = \"Passwords need at least 12 characters, one digit and one symbol\";";
                case 10: return $"var tokenEndpoint{statement} = \"https://login.microsoftonline.com/common/oauth2/v2.0/token\";";
                case 11: return $"var apiKeyHeader{statement} = \"x-api-key\";";
                case 12: return $"log.AppendFormat(\"{{0}} items processed in {{1}} ms by {{2}}\", count, {statement}, \"{Word(random)}\");";
                case 13: return $"var {name} = string.Join(\", \", new[] {{ \"{Word(random)}\", \"{Word(random)}\", \"{Word(random)}\" }});";
                case 14: return $"var {name} = \"Endpoint=https://contoso-config.azconfig.io;Id=config-reader\";";
                case 15: return $"var {name} = $\"Blob {{id}} uploaded to container orders-{{count % {statement + 3}}}\";";
                case 16: return $"var {name} = count > {statement} ? \"{Word(random)}\" : \"{Word(random)}-{Word(random)}\";";
                case 17: return $"if (id.StartsWith(\"{Word(random)}\", StringComparison.Ordinal)) {{ log.Append(\"prefix matched\"); }}";
                case 18 when random.Next(40) == 0 && Environment.GetEnvironmentVariable("SECRETLESS_BENCH_NO_SECRETS") is null: return FakeSecret(random, name);
                default: return $"var {name} = \"{Sentence(random)}\";";
            }
        }

        // A fake storage connection string, built by the generator (never a real key).
        private static string FakeSecret(Random random, string name) =>
            $"var {name} = new BlobServiceClient(\"DefaultEndpointsProtocol=https;AccountName=contoso{random.Next(1000)};AccountKey={Base64(random, 86)}==;EndpointSuffix=core.windows.net\");";

        private static string Base64(Random random, int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = Base64Alphabet[random.Next(Base64Alphabet.Length)];
            }

            return new string(chars);
        }

        private static string Guid(Random random)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes).ToString("D", CultureInfo.InvariantCulture);
        }

        private static readonly string[] Words =
        {
            "order", "customer", "invoice", "shipment", "warehouse", "payment", "refund", "catalog", "price", "discount",
            "inventory", "delivery", "address", "account", "session", "report", "export", "import", "queue", "retry",
        };

        private static string Word(Random random) => Words[random.Next(Words.Length)];

        private static string Sentence(Random random)
        {
            var count = 4 + random.Next(8);
            var parts = new string[count];
            for (var i = 0; i < count; i++)
            {
                parts[i] = Word(random);
            }

            return char.ToUpperInvariant(parts[0][0]) + string.Join(" ", parts).Substring(1) + ".";
        }
    }
}
