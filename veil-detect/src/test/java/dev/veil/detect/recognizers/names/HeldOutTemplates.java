package dev.veil.detect.recognizers.names;

import java.util.List;

/**
 * Evaluation templates, deliberately different from the training templates (other sentences,
 * other layouts), so that the held-out score measures generalisation rather than recall of the
 * training sentences. Rendered with invented names ({@code Slots(unknownNames = true)}).
 */
final class HeldOutTemplates {
    private HeldOutTemplates() {
    }

    static final List<String> ALL = List.of(
            "Last spring {name} opened a bakery in {city}.",
            "{name} and her brother {first} run a farm near {city}, {region}.",
            "The biography of {name} describes her childhood in {country}.",
            "{last} became famous after the {year} election in {country}.",
            "Our guest tonight is {name}, author of a new book about {city}.",
            "Songs by {name} were banned in {country} for a decade.",
            "{org} hired {name} to lead its office in {city}.",
            "{org} and {org} are merging, a source told {name}.",
            "An {natadj} startup, {org}, bought the rights.",
            "Workers at {org} in {city} went on strike on {weekday}.",
            "Investors pulled money out of {org} after the report.",
            "The {nrp} leader {name} addressed the crowd in {city}.",
            "{nrp} groups in {region} criticised the ruling.",
            "Could you put me through to {name}, please?",
            "hi, it's {first}. my card was stolen in {city} yesterday",
            "Customer {name} says the parcel never reached {city}.",
            "Can {first} call me back? My number changed.",
            "I already emailed {mr} twice about this.",
            "Greetings {first}, your appointment with {dr} is confirmed for {date}.",
            "Letter to {mr}, {street}, {city}",
            "To whom it may concern: {name} worked for {org} as {job} from {year} to {year}.",
            "Dear {first},\\nThe {org} team in {city} would like to invite you to an interview.\\nBest,\\n{name}",
            "Account holder: {name}; branch: {city}; bank: {org}",
            "New hire: {name} ({job}), start date {date}, office {city}.",
            "{name} - {job} - {org}",
            "CV 7p-7a: HR 70-90 {acr}. BP 110s/60s.\\nFamily: {name} (wife) visited, questions answered by {dr}.",
            "{age} yo male with {dx} transferred from {hospital}.\\nAttending {dr}. PCP {dr}.",
            "Neuro intact. Pt asking for his daughter {first}.\\nCalled {first} at home in {city}, she will come tomorrow.",
            "Pt comfortable overnight. Dtr {name} at bedside. Will d/c to {hospital} when bed available.",
            "{dr} in to see pt, plan to start {drug}. Wife {first} aware.",
            "Resp: on {acr}, sats 98%. {dr} aware of ABG results.",
            "Plan per {dr}: hold {drug}, repeat labs at 0400.",
            "Pt is from {city}; brother {name} lives in {region}.",
            "The conference in {city} was opened by {mr}, {job} of {org}.",
            "{name}, {nat}, was detained at the border with {country}.",
            "The {natadj} embassy in {city} has closed.",
            "Tourists flock to {city} every summer.",
            "Rain is expected in {city} and {region} on {weekday}.",
            "Sign here, {first}, and initial page two.",
            "@{first} thanks for the quick fix!",
            "reviewed-by: {name}",
            "owner: {name} <{email}>",
            "We will send the {product} to {city} by {date}.",
            "She met {name} while studying in {city}.",
            "{first} works as a {job} at {org}.",
            "The {job} of {org} resigned on {weekday}.",
            "May I ask who is calling? - It's {name} from {org}.",
            "Will you be at the {noun} meeting on {weekday}?",
            "The brown dog ran across Main Street.",
            "Our {adj} {noun} sale ends in {month}.",
            "Take {drug} 20 mg daily; recheck {acr} in a week.",
            // contrasts, worded differently from the training ones
            "Their {natadj} {thing} won an award in {city}.",
            "A {nat} {pnoun} from {city} was the first to arrive.",
            "The family is {nat} and prays at the {nrp} church on {weekday}.",
            "Customer ID {id}; {field} {id}; contact {name}.",
            "The {scheme} number listed for {first} is {id}.",
            "{dr} from {dept} approved it. Copy to {name}.",
            "Hope all is well with the {noun} project.",
            "Mark it as paid, {first}.",
            "{rel} {first} brought in clothes; RN {first} aware.",
            "sorry {lfirst}, the link expired. try again?",
            "Insured: {last}, {first}   Plan: {id}",
            "Deliver to {num} {streetname}, {city}, {st} {zip} before {time}.");
}
