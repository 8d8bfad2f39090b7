using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SecretlessAnalyzers.Credentials;
using Microsoft.CodeAnalysis.Testing;
using SecretlessAnalyzers.Rules;
using SecretlessAnalyzers.Tests.Infrastructure;
using SecretlessAnalyzers.Tokens;
using Xunit;
using Xunit.Abstractions;

namespace SecretlessAnalyzers.Tests.Tokens
{
    /// <summary>
    /// SL1010/SL1011 look at every string literal: on a literal-heavy project their measured execution time must stay a
    /// small part of what the compiler itself spends. Lenient bound (shared CI cores are noisy); the numbers are printed.
    /// </summary>
    public class LiteralScanCostTests
    {
        private readonly ITestOutputHelper _output;

        public LiteralScanCostTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task LiteralRules_CostASmallFractionOfCompileTime()
        {
            var trees = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText(Source(i), path: $"/0/File{i}.cs")).ToArray();
            var compilation = CSharpCompilation.Create(
                "Literals",
                trees,
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            // Warm up the compiler and the analyzers once, then measure.
            await RunAsync(compilation);
            var compileWatch = Stopwatch.StartNew();
            var errors = compilation.Clone().GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            compileWatch.Stop();
            Assert.Equal(0, errors);

            var analyzerTime = await RunAsync(compilation.Clone());
            _output.WriteLine($"literals: {trees.Length * 500}, compile (bind + diagnostics): {compileWatch.ElapsedMilliseconds} ms, SL1005/SL1006/SL1010/SL1011 analyzers: {analyzerTime.TotalMilliseconds:F0} ms");
            Assert.True(
                analyzerTime.TotalMilliseconds < Math.Max(compileWatch.ElapsedMilliseconds, 200) * 0.5,
                $"analyzers took {analyzerTime.TotalMilliseconds:F0} ms against {compileWatch.ElapsedMilliseconds} ms of compilation");
        }

        private static async Task<TimeSpan> RunAsync(Compilation compilation)
        {
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SecretLiteralAnalyzer(), new CredentialAnalyzer());
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Empty(diagnostics);
            var total = TimeSpan.Zero;
            foreach (var analyzer in analyzers)
            {
                total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
            }

            return total;
        }

        /// <summary>500 ordinary literals of the kinds real code has: messages, keys, SQL, URLs, formats, names, labels.</summary>
        private static string Source(int file)
        {
            var text = new StringBuilder("using System; using System.Collections.Generic;\nnamespace App").Append(file).Append("\n{\n    public class Resources\n    {\n");
            for (var i = 0; i < 100; i++)
            {
                text.Append($"        public const string Message{i} = \"Order {{0}} for customer {{1}} could not be shipped: the address is incomplete ({i}).\";\n");
                text.Append($"        public const string Key{i} = \"Orders:Shipping:Carrier{i}:Endpoint\";\n");
                text.Append($"        public const string Sql{i} = \"SELECT Id, Name, Total FROM Orders WHERE CustomerId = @customerId AND Region = {i}\";\n");
                text.Append($"        public const string Url{i} = \"https://api.contoso.example/v2/orders/{i}/lines?expand=product&page=1\";\n");
                text.Append($"        public string Label{i} => \"Ship\" + \"ping\" + {i}.ToString();\n");
            }

            return text.Append("    }\n}\n").ToString();
        }
    }
}
