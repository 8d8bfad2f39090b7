namespace SecretlessAnalyzers.Common
{
    /// <summary>Where a secret goes: a client constructor, a DI registration, a credential, a declaration...</summary>
    public readonly struct SecretSink
    {
        public SecretSink(string kind, string? service)
        {
            Kind = kind;
            Service = service;
        }

        /// <summary>One of <see cref="SecretSinks"/>.</summary>
        public string Kind { get; }

        /// <summary>The service of the client that receives the secret (blob, queue...), when known.</summary>
        public string? Service { get; }

        public static SecretSink Other => new SecretSink(SecretSinks.Other, null);
    }
}
