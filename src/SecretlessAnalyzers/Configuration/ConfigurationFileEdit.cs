using System.Text;

namespace SecretlessAnalyzers.Configuration
{
    /// <summary>
    /// A connection string to move out of a configuration file: the key the code read it at, the name of the new
    /// settings (<c>&lt;Name&gt;:&lt;Kind&gt;</c>), which settings, and whether the entry must stay (another read of it
    /// remains in the project).
    /// </summary>
    public sealed record SettingMove(string ConfigurationKey, string Name, IReadOnlyList<EndpointSetting> Settings, bool KeepEntry);

    public enum SettingMoveOutcome
    {
        /// <summary>The file does not hold the key: unchanged.</summary>
        NotInFile,

        /// <summary>The file is not valid JSON (with comments and trailing commas): unchanged.</summary>
        Malformed,

        /// <summary>
        /// No endpoint can be derived from the value (empty, placeholder, template, Key Vault reference, development
        /// emulator or local host, not a connection string of the client's service): unchanged.
        /// </summary>
        NoEndpoint,

        /// <summary>The new settings written (those the file did not hold yet) and the entry removed.</summary>
        Moved,

        /// <summary>The new settings written, the entry kept because other code still reads it.</summary>
        MovedEntryKept,
    }

    /// <summary>
    /// Moves a connection string of a JSON configuration file (appsettings*.json, local.settings.json) to the endpoint
    /// settings that replace it, with minimal text edits: everything else (indentation, order, comments, trailing
    /// commas, line endings) stays as written. Where the new settings go:
    /// <list type="bullet">
    /// <item>beside the entry, in its object, when the new name continues the entry's section (a flat
    /// <c>"ConnectionStrings:Invoices"</c> or <c>"Invoices"</c> at the root, an entry of local.settings.json's <c>Values</c>):
    /// the entry's member is replaced by the new ones (<c>"Invoices:FullyQualifiedNamespace"</c>;
    /// <c>Invoices__FullyQualifiedNamespace</c> in <c>Values</c>, which must stay flat);</item>
    /// <item>otherwise (<c>"ConnectionStrings": { "Invoices": ... }</c>) in an <c>"Invoices"</c> object at the root
    /// (an existing one, else a new one at the end of the root); in local.settings.json, at the end of <c>Values</c>.</item>
    /// </list>
    /// A setting the file already holds is left as it is. Pure text work, never throws.
    /// </summary>
    public static class ConfigurationFileEdit
    {
        private const string DefaultIndentUnit = "  ";

        /// <summary>The file's new text (null when unchanged) and what happened.</summary>
        public static (string? Text, SettingMoveOutcome Outcome) Apply(string filePath, string text, SettingMove move)
        {
            var outline = JsonOutline.Parse(text);
            if (outline is null)
            {
                return (null, text.IndexOf(move.Name, StringComparison.OrdinalIgnoreCase) >= 0 ? SettingMoveOutcome.Malformed : SettingMoveOutcome.NotInFile);
            }

            var functions = ConfigurationFiles.IsFunctionsLocalSettings(filePath);
            JsonMemberOutline? entry = null;
            var existing = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var member in outline.AllMembers)
            {
                if (member.Path is null)
                {
                    continue;
                }

                var key = ConfigurationFiles.AppKey(filePath, member.Path);
                existing[key] = member.StringValue;
                if (member.StringValue is not null && string.Equals(key, move.ConfigurationKey, StringComparison.OrdinalIgnoreCase))
                {
                    // The last one wins, as when ASP.NET Core reads the file.
                    entry = member;
                }
            }

            if (entry is null)
            {
                return (null, SettingMoveOutcome.NotInFile);
            }

            var values = new List<(string Kind, string Value)>();
            foreach (var setting in move.Settings)
            {
                var value = EndpointSettings.Derive(entry.StringValue!, setting);
                if (value is null)
                {
                    return (null, SettingMoveOutcome.NoEndpoint);
                }

                if (!existing.ContainsKey(move.Name + ":" + setting.Kind) && !values.Any(v => v.Kind == setting.Kind))
                {
                    values.Add((setting.Kind, value));
                }
            }

            var container = functions ? outline.Root.Member(ConfigurationFiles.FunctionsValuesSection)?.Object : outline.Root;
            if (container is null)
            {
                return (null, SettingMoveOutcome.NoEndpoint);
            }

            var editor = new Editor(text);
            var separator = functions ? "__" : ":";
            var section = entry.Parent.Owner?.Path is { } ownerPath ? ConfigurationFiles.AppKey(filePath, ownerPath) : string.Empty;
            if (functions && entry.Parent == container)
            {
                section = string.Empty;
            }

            var sectionPrefix = section.Length == 0 ? string.Empty : section + ":";
            var beside = (functions && entry.Parent == container)
                || (!functions && move.Name.StartsWith(sectionPrefix, StringComparison.OrdinalIgnoreCase));
            if (values.Count == 0)
            {
                // The file holds every new setting already.
            }
            else if (beside)
            {
                var relative = move.Name.Substring(sectionPrefix.Length);
                var members = values.Select(v => Member(relative + separator + v.Kind, v.Value)).ToList();
                var indent = editor.MemberIndent(entry.Parent, outline.Root);
                if (move.KeepEntry)
                {
                    editor.InsertAfter(entry, members, indent);
                }
                else
                {
                    editor.Replace(entry.Start, entry.ValueEnd, string.Join("," + editor.EndOfLine + indent, members));
                }
            }
            else if (functions)
            {
                editor.InsertInto(container, values.Select(v => Member(move.Name.Replace(":", separator) + separator + v.Kind, v.Value)).ToList(), outline.Root);
            }
            else if (container.Member(move.Name) is { Object: { } named })
            {
                editor.InsertInto(named, values.Select(v => Member(v.Kind, v.Value)).ToList(), outline.Root);
            }
            else
            {
                // At the end of the root: settings moved one after another (a fix, then the next) stay in that order.
                var indent = editor.MemberIndent(container, outline.Root);
                var inner = indent + editor.IndentUnit(outline.Root);
                var member = container.Member(move.Name) is null
                    ? JsonText.Quote(move.Name) + ": {" + editor.EndOfLine + inner
                        + string.Join("," + editor.EndOfLine + inner, values.Select(v => Member(v.Kind, v.Value))) + editor.EndOfLine + indent + "}"
                    : string.Join("," + editor.EndOfLine + indent, values.Select(v => Member(move.Name + ":" + v.Kind, v.Value)));
                editor.InsertInto(container, new[] { member }, outline.Root);
            }

            if (!move.KeepEntry && !(beside && values.Count > 0))
            {
                editor.Remove(entry);
            }

            var result = editor.Apply();
            return (result == text ? null : result, move.KeepEntry ? SettingMoveOutcome.MovedEntryKept : SettingMoveOutcome.Moved);
        }

        private static string Member(string name, string value) => JsonText.Quote(name) + ": " + JsonText.Quote(value);

        /// <summary>Collects non-overlapping edits of one text and applies them together.</summary>
        private sealed class Editor
        {
            private readonly string _text;
            private readonly List<(int Start, int End, string NewText)> _edits = new List<(int, int, string)>();

            public Editor(string text)
            {
                _text = text;
                EndOfLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
            }

            public string EndOfLine { get; }

            public void Replace(int start, int end, string newText) => _edits.Add((start, end, newText));

            public string Apply()
            {
                var builder = new StringBuilder(_text);
                foreach (var (start, end, newText) in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
                {
                    builder.Remove(start, end - start).Insert(start, newText);
                }

                return builder.ToString();
            }

            /// <summary>Removes a member with its comma (or the comma before it when it is the last), and its line when it has one of its own.</summary>
            public void Remove(JsonMemberOutline member)
            {
                var ownLine = LeadingIndent(member.Start) is not null;
                var start = ownLine ? LineStart(member.Start) : member.Start;
                int end;
                if (member.Comma >= 0)
                {
                    end = member.Comma + 1;
                }
                else
                {
                    end = member.ValueEnd;
                    var index = member.Parent.Members.IndexOf(member);
                    if (index > 0 && member.Parent.Members[index - 1].Comma is var comma and >= 0)
                    {
                        if (!ownLine)
                        {
                            // { "A": 1, "B": 2 } -> { "A": 1 }
                            Replace(comma, end, string.Empty);
                            return;
                        }

                        Replace(comma, comma + 1, string.Empty);
                    }
                }

                if (ownLine && TriviaToEndOfLine(end) is var lineEnd and >= 0)
                {
                    end = AfterLineBreak(lineEnd);
                }

                Replace(start, end, string.Empty);
            }

            /// <summary>Inserts members after <paramref name="after"/>, each on a line of its own when the member has one.</summary>
            public void InsertAfter(JsonMemberOutline after, IReadOnlyList<string> members, string indent)
            {
                var joined = string.Join("," + EndOfLine + indent, members);
                if (after.Comma >= 0)
                {
                    var lineEnd = TriviaToEndOfLine(after.Comma + 1);
                    if (lineEnd >= 0)
                    {
                        Replace(lineEnd, lineEnd, EndOfLine + indent + joined + ",");
                    }
                    else
                    {
                        Replace(after.Comma + 1, after.Comma + 1, " " + joined + ",");
                    }

                    return;
                }

                var end = TriviaToEndOfLine(after.ValueEnd);
                if (end < 0)
                {
                    Replace(after.ValueEnd, after.ValueEnd, ", " + joined);
                }
                else if (end == after.ValueEnd)
                {
                    Replace(end, end, "," + EndOfLine + indent + joined);
                }
                else
                {
                    Replace(after.ValueEnd, after.ValueEnd, ",");
                    Replace(end, end, EndOfLine + indent + joined);
                }
            }

            /// <summary>Appends members to an object.</summary>
            public void InsertInto(JsonObjectOutline target, IReadOnlyList<string> members, JsonObjectOutline root)
            {
                var indent = MemberIndent(target, root);
                if (target.Members.Count > 0)
                {
                    InsertAfter(target.Members[target.Members.Count - 1], members, indent);
                    return;
                }

                var content = EndOfLine + indent + string.Join("," + EndOfLine + indent, members) + EndOfLine + LineIndent(target.Open);
                var inside = _text.Substring(target.Open + 1, target.Close - target.Open - 1);
                if (inside.Trim().Length == 0)
                {
                    Replace(target.Open + 1, target.Close, content);
                }
                else
                {
                    Replace(target.Open + 1, target.Open + 1, content);
                }
            }

            /// <summary>The indentation of the members of <paramref name="target"/>: as its members have it, else one unit more than its line.</summary>
            public string MemberIndent(JsonObjectOutline target, JsonObjectOutline root)
            {
                foreach (var member in target.Members)
                {
                    if (LeadingIndent(member.Start) is { } indent)
                    {
                        return indent;
                    }
                }

                return LineIndent(target.Open) + IndentUnit(root);
            }

            /// <summary>The file's indentation step: that of the root's members, else two spaces.</summary>
            public string IndentUnit(JsonObjectOutline root)
            {
                var rootIndent = LineIndent(root.Open).Length;
                foreach (var member in root.Members)
                {
                    if (LeadingIndent(member.Start) is { } indent && indent.Length > rootIndent)
                    {
                        return indent.Substring(rootIndent);
                    }
                }

                return DefaultIndentUnit;
            }

            private int LineStart(int position)
            {
                var newline = position == 0 ? -1 : _text.LastIndexOf('\n', position - 1);
                return newline + 1;
            }

            /// <summary>The whitespace before <paramref name="position"/> on its line, or null when something else precedes it.</summary>
            private string? LeadingIndent(int position)
            {
                var start = LineStart(position);
                for (var i = start; i < position; i++)
                {
                    if (_text[i] != ' ' && _text[i] != '\t' && _text[i] != '\uFEFF')
                    {
                        return null;
                    }
                }

                return _text.Substring(start, position - start).Replace("\uFEFF", string.Empty);
            }

            /// <summary>The leading whitespace of the line of <paramref name="position"/>.</summary>
            private string LineIndent(int position)
            {
                var start = LineStart(position);
                var end = start;
                while (end < _text.Length && (_text[end] == ' ' || _text[end] == '\t'))
                {
                    end++;
                }

                return _text.Substring(start, end - start);
            }

            /// <summary>The offset of the line break (or the end of the text) when only whitespace and a line comment follow <paramref name="position"/> on its line; else -1.</summary>
            private int TriviaToEndOfLine(int position)
            {
                var i = position;
                while (i < _text.Length && (_text[i] == ' ' || _text[i] == '\t'))
                {
                    i++;
                }

                if (i + 1 < _text.Length && _text[i] == '/' && _text[i + 1] == '/')
                {
                    var newline = _text.IndexOf('\n', i);
                    i = newline < 0 ? _text.Length : newline;
                }

                if (i >= _text.Length)
                {
                    return _text.Length;
                }

                if (_text[i] == '\n')
                {
                    return i > position && _text[i - 1] == '\r' ? i - 1 : i;
                }

                return _text[i] == '\r' ? i : -1;
            }

            private int AfterLineBreak(int lineEnd)
            {
                if (lineEnd < _text.Length && _text[lineEnd] == '\r')
                {
                    lineEnd++;
                }

                return lineEnd < _text.Length && _text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
            }
        }
    }
}
