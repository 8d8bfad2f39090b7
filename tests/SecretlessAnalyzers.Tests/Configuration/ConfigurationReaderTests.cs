using System.Linq;
using Microsoft.CodeAnalysis.Text;
using SecretlessAnalyzers.Configuration;
using Xunit;

namespace SecretlessAnalyzers.Tests.Configuration
{
    public class ConfigurationReaderTests
    {
        [Fact]
        public void Json_NestedSectionsAreJoinedWithColons_ArraysByIndex()
        {
            var values = JsonConfigurationReader.Read("""
                {
                  "ConnectionStrings": { "Orders": "a" },
                  "Values": { "AzureWebJobsStorage": "b", "Nested": { "Deep": "c" } },
                  "Endpoints": [ "d", { "Name": "e" } ],
                  "Number": 12, "Flag": true, "Nothing": null
                }
                """);
            Assert.Equal(
                new[] { ("ConnectionStrings:Orders", "a"), ("Values:AzureWebJobsStorage", "b"), ("Values:Nested:Deep", "c"), ("Endpoints:0", "d"), ("Endpoints:1:Name", "e") },
                values.Select(v => (v.Key, v.Value)).ToArray());
        }

        [Fact]
        public void Json_CommentsAndTrailingCommasAreAllowed_EscapesDecoded()
        {
            var text = "{ // comment\n /* block */ \"A\": \"x\\\"y\\u0041\\\\\", \"B\": [\"1\",], }";
            var values = JsonConfigurationReader.Read(text);
            Assert.Equal(new[] { ("A", "x\"yA\\"), ("B:0", "1") }, values.Select(v => (v.Key, v.Value)).ToArray());
        }

        [Fact]
        public void Json_ValueSpanPointsInsideTheQuotes()
        {
            var text = "{\n  \"Key\": \"value\"\n}";
            var value = Assert.Single(JsonConfigurationReader.Read(text));
            Assert.Equal("value", text.Substring(value.Span.Start, value.Span.Length));
        }

        [Theory]
        [InlineData("")]
        [InlineData("{")]
        [InlineData("{ \"A\": ")]
        [InlineData("{ \"A\": \"unterminated }")]
        [InlineData("{ \"A\": \"x\" \"B\": \"y\" }")]
        [InlineData("{ \"A\": \"bad escape \\q\" }")]
        [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
        [InlineData("not json at all")]
        [InlineData("{ \"A\": \"x\" } trailing")]
        public void Json_MalformedFilesYieldNothing(string text) =>
            Assert.Empty(JsonConfigurationReader.Read(text));

        [Fact]
        public void Json_DeepNestingDoesNotRecurse()
        {
            var text = new string('[', 100_000) + new string(']', 100_000);
            Assert.Empty(JsonConfigurationReader.Read(text));
        }

        [Fact]
        public void Xml_ReadsConnectionStringsAndAppSettings_WithSpans()
        {
            var text = """
                <?xml version="1.0"?>
                <configuration>
                  <connectionStrings>
                    <add name="Orders" connectionString="Server=x;Password=y" providerName="System.Data.SqlClient" />
                  </connectionStrings>
                  <appSettings>
                    <add key="StorageKey" value='abc' />
                  </appSettings>
                  <other><add name="Ignored" connectionString="z" /></other>
                </configuration>
                """;
            var values = XmlConfigurationReader.Read(SourceText.From(text));
            Assert.Equal(new[] { ("ConnectionStrings:Orders", "Server=x;Password=y"), ("StorageKey", "abc") }, values.Select(v => (v.Key, v.Value)).ToArray());
            Assert.Equal("Server=x;Password=y", text.Substring(values[0].Span.Start, values[0].Span.Length));
            Assert.Equal("abc", text.Substring(values[1].Span.Start, values[1].Span.Length));
        }

        [Theory]
        [InlineData("<configuration><connectionStrings><add name=\"A\" connectionString=\"x\"")]
        [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><configuration>&e;</configuration>")]
        [InlineData("not xml")]
        [InlineData("")]
        public void Xml_MalformedOrHostileFilesNeverThrow(string text) =>
            Assert.Empty(XmlConfigurationReader.Read(SourceText.From(text)));

        [Theory]
        [InlineData("/src/App/appsettings.json", ConfigurationFileKind.Json)]
        [InlineData("/src/App/appsettings.Development.json", ConfigurationFileKind.Json)]
        [InlineData("/src/Func/local.settings.json", ConfigurationFileKind.Json)]
        [InlineData("/src/App/Properties/launchSettings.json", ConfigurationFileKind.Json)]
        [InlineData("/src/App/Web.config", ConfigurationFileKind.Xml)]
        [InlineData("/src/App/Web.Release.config", ConfigurationFileKind.Xml)]
        [InlineData("/src/App/app.config", ConfigurationFileKind.Xml)]
        [InlineData("/src/App/connectionstrings.config", ConfigurationFileKind.Xml)]
        [InlineData("/src/App/bin/Debug/appsettings.json", ConfigurationFileKind.None)]
        [InlineData("/src/App/obj/web.config", ConfigurationFileKind.None)]
        [InlineData("/src/App/package.json", ConfigurationFileKind.None)]
        [InlineData("/src/App/nuget.config", ConfigurationFileKind.None)]
        public void FileKinds(string path, ConfigurationFileKind kind) =>
            Assert.Equal(kind, ConfigurationFiles.KindOf(path));
    }
}
