namespace Mining.Simulator.Pages;

/// <summary>The prose of one article family; <see cref="TestPages"/> numbers each page so no two pages are equal.</summary>
internal sealed record ArticleTopic(
    string Title,
    string Description,
    string Author,
    string Keywords,
    string Lead,
    IReadOnlyList<(string Heading, string[] Paragraphs)> Sections,
    string ListHeading,
    IReadOnlyList<string> ListItems)
{
    public static IReadOnlyList<ArticleTopic> All { get; } =
    [
        new(
            "River towns rebuild their old harbours",
            "How three river towns turned silted harbours into working waterfronts again.",
            "Maren Holt",
            "harbours, rivers, towns, rebuilding",
            "For most of the last century the harbours along the lower river were slowly filled by silt, and the boats that once carried timber and grain moved to the railways.",
            [
                ("Dredging the channels", [
                    "The first step was to clear the channels, which had shrunk to less than a metre deep at low water in places where barges once turned with ease.",
                    "Engineers pumped the silt onto nearby fields, where it now grows barley, and the towns split the cost of the dredger between them.",
                ]),
                ("Who uses the quays now", [
                    "Small ferries run between the three towns every hour during the summer, and a cooperative of fishers lands its catch at the northern quay.",
                    "The old customs house has become a school for boat builders that takes twelve apprentices each year.",
                ]),
            ],
            "What the towns learned",
            [
                "Shared machinery cost far less than each town hiring its own contractor.",
                "Residents supported the work once the first ferry began to run.",
                "Silt removed from the river proved useful as farm soil.",
                "Keeping the channels open needs a small dredge every spring.",
            ]),
        new(
            "Night trains return to the northern line",
            "A sleeper service links the capital with the northern coast for the first time in a generation.",
            "Tomas Lindqvist",
            "trains, sleeper, travel, railways",
            "The sleeper train left the capital at ten in the evening with every berth sold, and it reached the northern coast shortly after seven the next morning.",
            [
                ("Carriages from another era", [
                    "The operator bought refurbished carriages from a neighbouring country, fitted them with new heating and wider berths, and painted them dark green.",
                    "Each compartment sleeps two travellers, and a dining car serves soup, bread and local cheese until midnight.",
                ]),
                ("Why travellers chose it", [
                    "Many passengers said they preferred arriving rested to catching an early flight, even though the journey takes nine hours.",
                    "Families with children filled most of the couchette cars, where six people share a compartment at a lower fare.",
                ]),
            ],
            "Facts about the new service",
            [
                "The train runs four nights a week in winter and every night in summer.",
                "Bicycles travel free in a dedicated luggage van.",
                "Tickets go on sale ninety days before departure.",
                "The line crosses two mountain passes after midnight.",
            ]),
        new(
            "A village library lends tools as well as books",
            "Drills, ladders and sewing machines now sit on the shelves beside novels.",
            "Ines Carvalho",
            "libraries, tools, sharing, villages",
            "When the village library ran out of space for books, the volunteers who run it decided to fill the empty basement with tools that neighbours could borrow.",
            [
                ("How the collection grew", [
                    "The first donations came from a retired carpenter who left a full workshop of saws, planes and chisels to the library in his will.",
                    "Within a year residents had added garden tools, a pressure washer and two sewing machines that are booked almost every weekend.",
                ]),
                ("Keeping everything working", [
                    "A repair evening on the first Monday of each month lets borrowers sharpen blades and replace worn cables under supervision.",
                    "Each tool carries a small card where borrowers note any problem, so the volunteers know what to fix next.",
                ]),
            ],
            "Most borrowed items last year",
            [
                "The long ladder, borrowed forty one times.",
                "The hedge trimmer, mostly in early summer.",
                "A tile cutter used for three kitchen renovations.",
                "The sewing machines, booked for school costumes in autumn.",
            ]),
    ];
}
