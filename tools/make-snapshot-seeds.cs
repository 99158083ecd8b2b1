// Writes the chronicle-snapshot fuzz seeds (*.snapshot here) from their sources in snapshot-sources/: a chronicle in
// JSON, and for a seed of two segments the ids of the events appended as the second. Run it from the repository root
// after a change to the snapshot format:  dotnet run tools/make-snapshot-seeds.cs
#:project ../src/Diplomacy.Serialization/Diplomacy.Serialization.csproj
#:property PublishAot=false
using System.Reflection;
using Diplomacy;
using Diplomacy.Serialization;

const string Seeds = "tests/Diplomacy.Reliability/Seeds";
foreach (var source in Directory.GetFiles(Path.Combine(Seeds, "snapshot-sources"), "*.json").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(source);
    var whole = ChronicleJson.Load(source);
    var appendedPath = Path.ChangeExtension(source, ".appended");
    var appended = File.Exists(appendedPath) ? File.ReadAllLines(appendedPath).ToHashSet(StringComparer.Ordinal) : [];
    var chronicle = new ChronicleBuilder().AddActors(whole.Actors).AddEvents(whole.Events.Where(e => !appended.Contains(e.Id.Value))).Build();
    if (appended.Count > 0)
    {
        // Never merge: the seed keeps its two segments (the merge policy is internal; no public way to ask for this).
        var policyType = typeof(Chronicle).Assembly.GetType("Diplomacy.ChronicleStorage+MergePolicy", throwOnError: true)!;
        var policy = Activator.CreateInstance(policyType, 0, 4, 16)!;
        var withPolicy = typeof(Chronicle).GetMethod("WithMergePolicy", BindingFlags.NonPublic | BindingFlags.Instance)!;
        chronicle = ((Chronicle)withPolicy.Invoke(chronicle, [policy])!).With(whole.Events.Where(e => appended.Contains(e.Id.Value)));
    }

    var target = Path.Combine(Seeds, name + ".snapshot");
    await ChronicleSnapshot.SaveAsync(chronicle, target);
    Console.WriteLine($"{target}: {chronicle.Events.Count} events, {new FileInfo(target).Length:N0} bytes");
}
