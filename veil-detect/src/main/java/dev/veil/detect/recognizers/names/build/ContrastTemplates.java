package dev.veil.detect.recognizers.names.build;

import java.util.List;

/**
 * Training templates that contrast look-alikes the genre templates rarely show: nationality of
 * people (NRP) versus of things ("the Nigerian patient" / "an American film"), identifier field
 * labels and scheme names before values ("DOB", "Social Security number"), departments and teams,
 * common words that are also first names ("Hope this helps", "Brown stool"), relatives and care
 * staff before names, names typed in lower case inside capitalised text, surname-first names,
 * addresses whose streets are named after people, and code. Written for this project.
 */
final class ContrastTemplates {
    private ContrastTemplates() {
    }

    static final List<String> ALL = List.of(
            // nationality of people (NRP) versus of things (plain words)
            "The {natadj} {thing} follows {name} on a trip across {country}.",
            "We tried a new {natadj} {thing} near {city} last night.",
            "The {natadj} {thing} was released in {year}.",
            "It was an {natadj} {thing}, not a {natadj} one.",
            "Is there a good {natadj} place around here?",
            "She imports {natadj} {thing} for {org}.",
            "The {nat} {pnoun} was admitted with {dx}.",
            "Pt is a {age} yo {nat} {pnoun}, speaks little English.",
            "He is {nat} and moved to {city} in {year}.",
            "My grandmother was {nat}; my grandfather was {nat}.",
            "The {nat} {pnoun} in {city} asked for an interpreter.",
            "An {nat} living in {city}, she writes about {noun}.",
            "{nrp} {pnoun} gathered in {city} on {weekday}.",
            "His {natadj} {thing} expired in {month}.",
            // workplace and outdoor nouns after "the" are plain words ("the park", "the office"), unlike "the Leeds office"
            "The kids played in the park until {time}.",
            "We walked across the park after lunch with {first}.",
            "{first} left the office early on {weekday}.",
            "The branch was closed, so {first} went to the store.",
            "The dog ran across the yard and into the garden.",
            // field labels and identifier schemes before values: not names
            "{field} {id}",
            "{field}: {id}. Called {first} back at {time}.",
            "Pt {age} y/o, {field} {date}, admitted from {city}.",
            "Work laptop assigned to {first}, {field} {id}.",
            "{field} on file: {street}, {city}.",
            "Your {scheme} number is {id}.",
            "Her {scheme} number ends in {num}; {first} confirmed it by phone.",
            "Please send the {scheme} card of {name} to {dept}.",
            "{field} {code}{id} belongs to {name}.",
            // departments and teams: neither titles nor organizations
            "{name} joins the {dept} team on {date}.",
            "Regards,\n{name}\n{dept} | {phone}",
            "Please contact {dept} at {phone} or {email}.",
            "{dept} contact: {name} ({lrel}), {phone}",
            "Forwarded to {dept} by {first}.",
            "{name} | {dept} | {org}",
            "The {dept} department at {org} is hiring a {job}.",
            // common words that are also first names or surnames, used as words
            "Hope you had a good weekend, {first}!",
            "Hope this helps. Let me know if {org} needs anything else.",
            "Mark the form as urgent and send it to {dept}.",
            "Grant read access to {first} for the {noun} folder.",
            "Bill the account for {money} on {date}.",
            "Will call back after {time}.",
            "May need a {acr} tomorrow per {dr}.",
            "Rose to 38.4 overnight, cultures sent.",
            "Brown stool x1, guaiac negative.",
            "Frank blood noted in the {noun}.",
            "Drew blood cultures at {time}.",
            "Pat dry and apply {drug} twice a day.",
            "Faith and family are important to the patient.",
            "Best,\n{name}",
            "Cheers,\n{first}",
            "Thanks,\n{first}\n{dept}",
            "Sterling {noun} sets are on sale until {month}.",
            "Chase the invoice with {org} before {weekday}.",
            "Lance the abscess if it does not drain; {dr} aware.",
            "Sue for damages, the lawyer said; {name} disagreed.",
            // relatives and care staff before names in notes
            "{rel} {first} called at {time}, updated on plan.",
            "{rel} {name} at bedside, questions answered.",
            "RN {first} took report at {time}.",
            "Care handed over to RN {name}.",
            "NP {last} aware of the {acr}.",
            "Seen by PA {name} this am.",
            "{first} {last}, RN\n{date}",
            "Signed: {name}, NP {date}",
            // people typed in lower case inside capitalised text
            "agent: Hello {lfirst}, how can I help?\ncustomer: my card was declined in {city}",
            "Thanks {lfirst}! I will pass it on to {dept}.",
            "customer: this is {lname}, I called yesterday about the refund",
            "ok thanks {lfirst}, talk soon",
            "customer: my {lrel} {lfirst} has the other card",
            "Note: spoke to {lname} about the {noun}; will follow up on {weekday}.",
            // surname first, comma, given name
            "Name: {last}, {first}\nMRN {id}\nAttending: {dr}",
            "Patient: {last}, {first} {first}",
            "{last}, {first}; {last}, {first}; {last}, {first}",
            "Employee: {last}, {first} ({dept})",
            "Visitors: {first}, {first} and {first}.",
            "Offices in {city}, {city}, {city} and {country}.",
            // addresses: streets named after people, cities, state codes
            "Home address: {num} {streetname}, {city}, {st} {zip}. Mobile: {phone}.",
            "{name}\n{num} {streetname}\n{city}, {st} {zip}",
            "Ship to {num} {streetname}, {city} {st}, attention {name}.",
            "Pt lives at {num} {streetname} in {city}, {st}.",
            "Mail the check to {num} {streetname}, Apt {num}, {city}, {st} {zip}.",
            // code and configuration: identifiers are not names
            "import os\nimport sys\nport = {num}\nhost = \"{noun}.local\"",
            "String userName = \"{first}\"; // owner: {name}",
            "export GITHUB_TOKEN=$TOKEN\nexport AWS_REGION=eu-west-1",
            "Authorization: Bearer <token>\nContent-Type: application/json",
            "if (userId == null) {lb} throw new IllegalStateException(\"{noun}\"); {rb}");
}
