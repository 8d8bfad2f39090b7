using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>
    /// A list of (path, content) files. <see cref="Add(string)"/> names a file after the default pattern,
    /// so <c>Sources.Add(code)</c> gives <c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, ... as in roslyn-sdk.
    /// </summary>
    public class SourceFileList : List<(string filename, string content)>
    {
        private readonly string _defaultPrefix;
        private readonly string _defaultExtension;

        public SourceFileList(string defaultPrefix, string defaultExtension)
        {
            _defaultPrefix = defaultPrefix;
            _defaultExtension = defaultExtension;
        }

        public void Add(string content) => Add(($"{_defaultPrefix}{Count}.{_defaultExtension}", content));

        /// <summary>Replaces the first file's content (or adds it), which is what <c>TestCode = ...</c> does.</summary>
        internal void SetFirst(string content)
        {
            if (Count == 0)
            {
                Add(content);
            }
            else
            {
                this[0] = (this[0].filename, content);
            }
        }
    }

    /// <summary>
    /// The files and expectations of one state of the test project (input, fixed, batch fixed), after roslyn-sdk's
    /// <c>SolutionState</c>. Only a single C# project is supported.
    /// </summary>
    public sealed class SolutionState
    {
        /// <summary>The default path prefix of sources: <c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>, ...</summary>
        public const string DefaultFilePathPrefix = "/0/Test";

        /// <summary>C# sources, with markup.</summary>
        public SourceFileList Sources { get; } = new(DefaultFilePathPrefix, "cs");

        /// <summary>Additional files (such as <c>appsettings.json</c>), with markup.</summary>
        public SourceFileList AdditionalFiles { get; } = new(DefaultFilePathPrefix, "txt");

        /// <summary>Raw <c>.editorconfig</c> / <c>.globalconfig</c> files (input state only).</summary>
        public List<(string filename, string content)> AnalyzerConfigFiles { get; } = new();

        /// <summary>Expectations on top of the ones written as markup.</summary>
        public List<DiagnosticResult> ExpectedDiagnostics { get; } = new();

        /// <summary>References on top of <see cref="ReferenceSets.Default"/> (input state only).</summary>
        public List<MetadataReference> AdditionalReferences { get; } = new();
    }
}
