using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SecretlessAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SecretlessAnalyzers.Tests.Meta
{
    /// <summary>Each source file of src/ is named after its main (largest) type, so a class is found by its name.</summary>
    public class SourceFileNamesTests
    {
        [Fact]
        public void EverySourceFileIsNamedAfterItsMainType()
        {
            var src = Path.Combine(DotNetCli.RepositoryRoot(), "src");
            var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
                .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                    && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .ToList();
            Assert.True(files.Count > 50, "src/ was not found");

            // The main type is the largest one; small companions (an enum, a result record) may share its file.
            var misnamed = files
                .Select(path => (Path: path, Main: CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot()
                    .DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                    .Where(t => t.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax && t is not EnumDeclarationSyntax)
                    .OrderByDescending(t => t.Span.Length)
                    .Select(t => t.Identifier.ValueText)
                    .FirstOrDefault()))
                .Where(file => file.Main is not null && file.Main != Path.GetFileNameWithoutExtension(file.Path))
                .Select(file => Path.GetRelativePath(src, file.Path) + " holds " + file.Main)
                .ToList();

            Assert.True(misnamed.Count == 0, string.Join("\n", misnamed));
        }
    }
}
