// Placeholder main job until the seed data set and its sample land (issue 5).
Console.WriteLine("Diplomacy: the article sample is not written yet.");
return 0;
