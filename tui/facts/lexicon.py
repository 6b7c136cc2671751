"""Word lists the extractors share: cue verbs, titles, speaker nouns, first names."""

from __future__ import annotations

# Finite reporting verbs: "X said", "said X", "X told CBS".
SAY_VERBS = frozenset(
    """
    said says say told tells added adds explained explains emphasized emphasizes emphasised
    stressed stresses noted notes wrote writes tweeted posted argued argues insisted insists
    stated states declared declares announced announces asked asks replied replies responded
    recalled recalls continued continues warned warns claimed claims acknowledged acknowledges
    admitted admits conceded concedes countered counters quipped joked remarked remarks observed
    predicted predicts promised promises vowed vows pledged pledges boasted complained complains
    urged urges cautioned charged contended contends maintained maintains suggested suggests
    lamented mused shouted yelled testified confirmed confirms concluded repeated reiterated
    reiterates agreed agrees recounted recounts texted emailed wondered answered answers
    affirmed assured assures bragged conceded counseled criticized fumed griped grumbled
    scoffed sniped snapped thundered exclaimed whispered protested retorted interjected spoke
    speaks
    """.split()
)

# Participles that report speech: ", stating, “...”", "citing a lack of “...”".
SAY_PARTICIPLES = frozenset(
    """
    saying stating adding noting citing explaining arguing telling writing declaring insisting
    warning calling describing labeling labelling condemning denouncing urging asking
    promising vowing predicting recalling tweeting posting responding replying
    """.split()
)

# Verbs that put words on something: called it “X”, labeled “X”, described as “X”.
NAMING_VERBS = frozenset(
    """
    called calls call described describes describe labeled labelled labels dubbed dubs termed
    terms branded brands characterized characterizes condemned condemns denounced denounces
    praised praises blasted slammed decried decries deemed dismissed dismisses derided mocked
    ridiculed hailed accused accuses attacked faulted blamed knocked lambasted ripped
    """.split()
)

# Verbs after which "her saying" / "him say" makes the object the speaker.
RELAY_VERBS = frozenset("recalled recalls remembered remembers quoted quotes heard hears".split())

BE_FORMS = frozenset("be been being is was were are am has have had".split())

PRONOUNS_SUBJECT = {"he": "he", "she": "she", "they": "they", "it": "it", "we": "they"}
PRONOUNS_OBJECT = {"him": "he", "her": "she", "them": "they"}

# Nouns that can head a description of a speaker: "a Harris campaign spokesperson".
SPEAKER_NOUNS = frozenset(
    """
    spokesperson spokesman spokeswoman spokespeople official officials aide aides leader leaders
    leadership president campaign union source sources person people member members adviser
    advisers advisor advisors strategist strategists organizer organizers secretary director
    chairman chairwoman chair representative representatives executive executives analyst
    analysts voter voters delegate delegates worker workers driver drivers caucus committee
    administration team staffer staffers lawmaker lawmakers senator governor mayor officer
    manager chief boss founder lawyer attorney activist activists steward stewards nurse nurses
    teacher teachers historian economist pollster pollsters expert experts observer observers
    insider insiders ally allies supporter supporters critic critics rival rivals candidate
    group coalition council federation local locals organization association house teamster
    teamsters reader readers resident residents retiree retirees rider riders owner owners
    operative operatives consultant consultants negotiator negotiators attendee attendees
    participant participants witness witnesses lodge guild chapter branch alliance board
    """.split()
)

# Title words that may stand before a name: "Teamsters General President Sean O’Brien".
TITLE_WORDS = frozenset(
    """
    president vice general secretary gov. governor sen. senator rep. representative mayor ceo
    chairman chairwoman chair director speaker leader judge justice chief minister commissioner
    treasurer attorney officer dr. mr. mrs. ms. rev. sgt. capt. lt. col. gen. professor prof.
    chancellor councilman councilwoman councilmember superintendent sheriff founder executive
    administrator spokesperson spokesman spokeswoman member mogul organizer strategist adviser
    advisor aide host anchor reporter correspondent editor economist pollster analyst lawmaker
    candidate nominee challenger incumbent steward delegate activist nurse teacher driver
    officials official deputy assistant press communications manager coordinator cofounder
    co-founder owner billionaire entrepreneur republican democrat gop former outgoing acting
    interim legislator councilor councillor alderman alderwoman supervisor trustee selectman
    selectwoman assemblyman assemblywoman assemblymember comptroller lieutenant lt. businessman
    businesswoman lawyer farmer rancher pastor physician contractor undersheriff constable
    prosecutor coroner assessor magistrate representatives senators reps. sens. councilmembers
    commissioners
    """.split()
)

# Words that never start a name even when capitalised (sentence-initial function words).
NOT_NAME_WORDS = frozenset(
    """
    a an the and but or nor so yet for if when while after before as at by in on of to from with
    without into onto about above below over under since until because although though however
    meanwhile still also then this that these those there here it its he she they we you i his
    her their our your my me him them us who whom whose which what where why how not no yes
    both either neither each every all some many most more much few several other another such
    despite during earlier later now today tomorrow yesterday monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec. watch click
    get read stay last next first one two three four five six seven eight nine ten
    historically usually
    """.split()
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Words in a capitalised run that make it an organisation rather than a person.
ORG_WORDS = frozenset(
    """
    union unions brotherhood workers association federation committee party campaign convention
    congress council department house board act service services news times post journal
    company corporation corp. inc. co. group caucus coalition administration center centre
    institute university college foundation fund league alliance local teamsters democrats
    republicans senate court agency bureau commission network press wire media digital
    motors parcel international national america american states assembly chamber club bank
    commerce lodge order guild employees educators nurses firefighters trades chapter afl-cio
    a.f.l.-c.i.o. fighters deputies sheriffs troopers carpenters electricians machinists
    ironworkers laborers painters plumbers pipefitters boilermakers longshoremen teachers
    """.split()
)

ABBREVIATIONS = frozenset(
    """
    mr. mrs. ms. dr. jr. sr. st. gov. sen. rep. gen. lt. col. sgt. capt. rev. prof. inc. corp.
    co. ltd. no. vs. etc. jan. feb. mar. apr. jun. jul. aug. sept. sep. oct. nov. dec. mon.
    tue. tues. wed. thu. thurs. fri. sat. sun. fla. ga. ala. ariz. ark. calif. colo. conn.
    del. ill. ind. kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. okla. ore. pa.
    tenn. tex. va. vt. wash. wis. wyo. ave. blvd. mt. ft. a.m. p.m. u.s. d.c. u.k. e.g. i.e.
    """.split()
)

# Common first names, for telling people from places and for pronoun agreement.
MALE_NAMES = frozenset(
    """
    aaron adam alan albert alex alexander andrew anthony antonio arthur ben benjamin bernie bill
    billy bob bobby brad brandon brian bruce bryan carl carlos charles charlie chris christopher
    chuck craig dan daniel danny darren dave david dennis derek don donald doug douglas dylan ed
    eddie edward elon eric ethan evan frank fred gary gavin george gerald glenn greg gregory hank
    harold harry henry howard ian jack jacob jake james jamie jason jay jd jeff jeffrey jeremy
    jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jose joseph josh joshua juan
    justin keith ken kenneth kevin kyle larry lawrence lee leonard louis luis luke marco mark
    martin matt matthew michael mike mitch nathan neil nicholas nick noah oscar patrick paul
    pete peter phil philip ralph randy ray raymond richard rick rob robert roger ron ronald ross
    roy russell ryan sam samuel scott sean shawn stephen steve steven stuart ted terry thomas tim
    timothy todd tom tommy tony travis troy tyler victor vince vincent walter wayne will william
    zach chad marcus omar hector ramon raul jamal darnell terrence curtis dwayne reggie andre
    trevor dale glen gordon wade cole lyle walt kurt dwight floyd lloyd clyde earl vernon marvin
    melvin leon lonnie denny duane wendell elliot eli owen liam mason logan caleb isaac gabriel
    julian hugo felix oliver levi micah nolan colin connor shane brett brent clint dustin
    garrett grant jared kent kirk lance mitchell nate reid rex rudy seth spencer stanley tristan
    wesley miguel javier alejandro rafael ricardo roberto fernando jorge pedro manuel arturo
    diego andres tomas emilio ignacio kwame dmitri boris ivan stefan hans lars sven nils rolf
    gunnar ahmed hassan rashid tariq hiroshi kenji sanjay vikram arjun ravi deshawn tyrone malik
    terrell marquis cedric otis cornelius jerome lamar dewayne elijah jeremiah ezra abraham
    moses bernard gilbert herbert leroy lester norman herman irving milton morris sherman virgil
    warren wallace cliff clifford dean gene gil hal lou ned sid stan dominic vito sal angelo
    enzo francis gus hugh jasper jude lionel mario nelson nathaniel percy quentin reginald
    rodney rufus silas solomon thaddeus theodore ulysses vaughn wilbur xavier zane
    """.split()
)
FEMALE_NAMES = frozenset(
    """
    abby abigail alexandra alice alicia allison amanda amber amy andrea angela ann anna anne
    annie ashley barbara becky beth betty beverly brenda brittany carol caroline carolyn
    catherine cathy charlotte cheryl christina christine cindy claire connie cynthia dana
    danielle debbie deborah debra denise diana diane donna doris dorothy elaine elizabeth ellen
    emily emma erica erin eva evelyn frances gina gloria grace hannah heather helen hillary holly
    irene jackie jacqueline jane janet janice jean jennifer jessica jill joan joanne jodi joyce
    judith judy julia julie karen karine kamala kate katherine kathleen kathy katie kelly kim
    kimberly kristen laura lauren linda lisa liz lori louise lucy lynn margaret maria marie
    marilyn martha mary megan melanie melissa michelle monica nancy natalie nicole nikki olivia
    pam pamela patricia paula peggy rachel rebecca regina rita rose ruth sally samantha sandra
    sara sarah sharon shirley sonia sophia stacey stephanie sue susan tammy teresa theresa tina
    tracy valerie vanessa veronica victoria virginia wendy whitney yolanda alexandria ilhan
    rashida ayanna gretchen kirsten tammy elise nancy marjorie lauren kristi janet deb
    tasha lydia june trista nadia noor renata keisha rosalind priya alisha rosa marisol lorraine
    elena celia tamika yvette kari elissa nora bridget monique mei ana anita shawna bernadette
    carla colleen edith eileen eleanor ella esther faith florence gail gwen hazel heidi iris
    jeanne jenna jocelyn josephine joy kay leah lillian lois loretta mae marcia maureen mildred
    miriam molly naomi norma pauline phyllis roberta sheila sylvia tanya vera wanda yvonne zoe
    bonnie carmen crystal dolores ruby tulsi lucia guadalupe ximena aisha fatima leila yasmin
    mariana daniela gabriela valentina camila lourdes consuelo philippa marnie corinne imani
    latoya ebony
    """.split()
)

FEMALE_WORDS = frozenset(
    "ms. mrs. miss spokeswoman chairwoman congresswoman councilwoman businesswoman she her".split()
)
MALE_WORDS = frozenset(
    "mr. spokesman chairman congressman councilman businessman he him his".split()
)

# Places that stand alone in copy ("in Saginaw, Michigan,") and are never people.
PLACES = frozenset(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming america
    chicago detroit milwaukee philadelphia pittsburgh atlanta phoenix york california d.c.
    canada mexico china russia ukraine israel britain europe new north south east west
    hampshire jersey carolina dakota rhode island orleans jose diego francisco angeles la
    san los ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mo
    mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis
    wyo
    """.split()
)

# Trades and callings whose organisations are unions: "Professional Fire Fighters of Michigan",
# "Marlow County Deputy Sheriffs"
TRADES = frozenset(
    """
    firefighters fighters deputies sheriffs troopers carpenters electricians machinists
    ironworkers laborers painters plumbers pipefitters boilermakers longshoremen teachers
    nurses educators officers
    """.split()
)
