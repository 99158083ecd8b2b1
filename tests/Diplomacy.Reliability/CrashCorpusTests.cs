using Diplomacy.Reliability.Fuzzing;

namespace Diplomacy.Reliability;

/// <summary>Every input the fuzzer found to crash a reader is now read or refused with the reader's own typed error.</summary>
public class CrashCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in FuzzTargets.All)
        {
            foreach (var file in Repository.Files($"tests/Diplomacy.Reliability/Corpus/{target.Name}/*.bin"))
            {
                data.Add(target.Name, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_crash_found_by_fuzzing_is_now_read_or_refused_with_a_typed_error(string target, string file)
    {
        var fuzzTarget = FuzzTargets.Named(target);
        var bytes = File.ReadAllBytes(Repository.PathOf($"tests/Diplomacy.Reliability/Corpus/{target}/{file}"));

        var error = Record.Exception(() => fuzzTarget.Run(bytes));

        Assert.True(error is null || fuzzTarget.IsRefusal(error), $"{target}/{file}: {error}");
    }

    [Fact]
    public void Every_fuzz_target_has_seed_inputs()
    {
        Assert.All(FuzzTargets.All, t => Assert.NotEmpty((t.MadeSeeds?.Invoke() ?? []).Concat(t.Seeds.SelectMany(Repository.Files).Select(File.ReadAllBytes))));
    }

    [Fact]
    public void Every_corpus_folder_belongs_to_a_fuzz_target()
    {
        var names = FuzzTargets.All.Select(t => t.Name).ToHashSet();
        var folders = Directory.EnumerateDirectories(Repository.PathOf("tests/Diplomacy.Reliability/Corpus")).Select(d => new DirectoryInfo(d).Name);

        Assert.All(folders, f => Assert.Contains(f, names));
    }
}
