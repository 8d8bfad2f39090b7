using System;
using Xunit.Sdk;

namespace SecretlessAnalyzers.Testing
{
    /// <summary>A failed verification. Derives from xunit's exception so the runner shows only the message.</summary>
    public sealed class VerificationException : XunitException
    {
        public VerificationException(string message)
            : base(message)
        {
        }

        public VerificationException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
