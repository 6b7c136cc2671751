"""Who said each quotation: its cues, pronouns, follow-on quotes and relays, resolved to people.

The rules prefer no speaker to a wrong one: a quotation with no cue takes a speaker only when it
continues the speech just before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.facts import cues
from tui.facts.cues import Cue
from tui.facts.people import Entity
from tui.facts.phrases import Phrase
from tui.facts.reading import Reading, Sentence


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    role: str | None = None


NOBODY = Speaker(None)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Speaker
    relayed_by: Speaker
    cue: str | None  # the attribution words, as the article has them
    how: str  # after, before, partial, continues, none
    partial: bool = False
    sentence: str | None = None  # the sentence around a partial quote


_UNKNOWN = Attribution(NOBODY, NOBODY, None, "none")


class Attributor:
    """Attributes the quotations of one reading in order, remembering the speech so far."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.people = reading.people
        self.last_speaker: Attribution | None = None  # the latest quotation with a speaker

    def run(self) -> list[Attribution]:
        groups: dict[int, list[int]] = {}
        for index, span in enumerate(self.reading.spans):
            groups.setdefault(span.group, []).append(index)
        results: dict[int, Attribution] = {}
        previous: tuple[int, Attribution] | None = None
        for members in groups.values():
            found = self._attribute_group(members, previous)
            if found.speaker.name is not None and not found.partial and found.how != "partial":
                self.last_speaker = Attribution(found.speaker, NOBODY, found.cue, "continues")
            for index in members:
                partial = self._is_partial(index)
                sentence = self._sentence(index) if partial else None
                results[index] = Attribution(
                    found.speaker, found.relayed_by, found.cue, found.how, partial, sentence
                )
            previous = (members[-1], found)
        return [results[i] for i in range(len(self.reading.spans))]

    def _attribute_group(
        self, members: list[int], previous: tuple[int, Attribution] | None
    ) -> Attribution:
        first, last = members[0], members[-1]
        found = self._cued(first, last)
        if found is not None and found.how != "topic":
            return found
        if found is not None:  # an interview's answer under a topic line
            return self.last_speaker or self._interviewee() or _UNKNOWN
        if self._is_partial(first):
            return _UNKNOWN  # a scare quote does not continue anyone's speech
        if previous is not None and self._continues(previous[0], first):
            before = previous[1]
            if before.speaker.name is not None:
                return Attribution(before.speaker, before.relayed_by, before.cue, "continues")
        return self._reported_speech_before(first) or _UNKNOWN

    def _cued(self, first: int, last: int) -> Attribution | None:
        s_first, q_first = self._where(first)
        s_last, q_last = self._where(last)
        if self._is_partial(first):
            cue = cues.partial(s_first.tokens, q_first)
            return self._finish(cue, s_first, "partial") if cue else None
        lead = cues.leading(s_first.tokens, q_first)
        lead_sentence = s_first
        if lead is None and q_first == 0:
            lead_sentence, lead = self._lead_in_paragraph_before(s_first)
        trail = cues.trailing(s_last.tokens, q_last)
        if trail is None and q_last == len(s_last.tokens) - 1:
            trail = self._cue_sentence_after(s_last)
        if lead is not None and trail is not None:
            # "She also said, “...,” he added": the one before spoke, the one after relays
            relayed = Cue(lead.phrase, lead.start, lead.end, trail.phrase)
            return self._finish(relayed, lead_sentence, "before", also=trail)
        if trail is not None:
            return self._finish(trail, s_last, "after")
        if lead is not None:
            return self._finish(lead, lead_sentence, "before")
        return None

    def _interviewee(self) -> Attribution | None:
        """The person an interview is with: the one the article has made the subject most."""
        counts: dict[str, int] = {}
        for mention in self.people.mentions:
            if mention.subject and mention.entity.kind == "person":
                counts[mention.entity.name] = counts.get(mention.entity.name, 0) + 1
        if not counts:
            return None
        name = max(counts, key=lambda n: counts[n])
        entity = self.people.entities[name]
        return Attribution(Speaker(entity.name, entity.role), NOBODY, None, "continues")

    def _lead_in_paragraph_before(self, sentence: Sentence) -> tuple[Sentence, Cue | None]:
        """ "Marcus Bell ... spoke during public comment before the vote:" ends a paragraph;
        the quotation opens the next one."""
        if sentence.index == 0:
            return sentence, None
        before = self.reading.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph - 1 or before.tokens[-1].text != ":":
            return sentence, None
        shadow = [*before.tokens, sentence.tokens[0]]
        return before, cues.leading(shadow, len(shadow) - 1)

    def _cue_sentence_after(self, sentence: Sentence) -> Cue | None:
        """“We won.” Smith said. A cue standing alone as the next sentence."""
        nxt = sentence.index + 1
        if nxt >= len(self.reading.sentences):
            return None
        after = self.reading.sentences[nxt]
        if after.paragraph != sentence.paragraph or len(after.tokens) > 8:
            return None
        if any(t.kind == "quote" for t in after.tokens):
            return None
        return cues.trailing([sentence.tokens[-1], *after.tokens], 0)

    def _reported_speech_before(self, index: int) -> Attribution | None:
        """ "The union leader said the process was far from finished. “We’ve got a long way to
        go.”" A quotation with no cue continues the reported speech just before it, in its
        paragraph or, when it opens a paragraph, at the end of the one before."""
        sentence, q = self._where(index)
        if q != 0 or sentence.index == 0:
            return None
        before = self.reading.sentences[sentence.index - 1]
        if before.paragraph not in (sentence.paragraph, sentence.paragraph - 1):
            return None
        if any(t.kind == "quote" for t in before.tokens):
            return None
        cue = cues.reported(before.tokens) or cues.asked(before.tokens)
        if cue is None:
            return None
        found = self._finish(cue, before, "continues")
        return found if found.speaker.name is not None else None

    def _finish(
        self, cue: Cue, sentence: Sentence, how: str, also: Cue | None = None
    ) -> Attribution:
        if cue.topic:
            return Attribution(NOBODY, NOBODY, self._words(cue), "topic")
        speaker = self._resolve(cue.phrase, sentence) if cue.phrase else NOBODY
        relay = self._resolve(cue.relay, sentence) if cue.relay else NOBODY
        if relay.name == speaker.name:
            relay = NOBODY
        if speaker.name is not None and cue.phrase is not None:
            entity = self.people.entities.get(speaker.name)
            if entity is not None:
                self.people.add(entity, sentence.index, cue.phrase.start, subject=True)
        words = self._words(cue)
        if also is not None:
            words = f"{words} … {self._words(also)}"
        return Attribution(speaker, relay, words or None, how)

    def _words(self, cue: Cue) -> str:
        return self.reading.text[cue.start : cue.end].strip(" ,.;:—–")

    # -- resolving phrases to people ---------------------------------------------------------

    def _resolve(self, phrase: Phrase, sentence: Sentence) -> Speaker:
        return _speaker(self.people.resolve(phrase, sentence.index))

    # -- where quotations stand --------------------------------------------------------------

    def _where(self, index: int) -> tuple[Sentence, int]:
        sent, q = self.reading.located[index]
        return self.reading.sentences[sent], q

    def _is_partial(self, index: int) -> bool:
        """A quotation that is part of its sentence's grammar: called it “a betrayal”."""
        sentence, q = self._where(index)
        if q == 0:
            return False
        before = sentence.tokens[q - 1]
        return before.kind == "word" or before.text in "%)’'"

    def _continues(self, prev_index: int, index: int) -> bool:
        """Does quotation `index` carry on the speech of quotation `prev_index`?"""
        before, _ = self._where(prev_index)
        here, q = self._where(index)
        if here.paragraph == before.paragraph:
            return here.index - before.index <= 1
        if here.paragraph != before.paragraph + 1 or q != 0:
            return False
        sentences = self.reading.paragraph_sentences
        return sentences[here.paragraph][0] == here.index and (
            sentences[before.paragraph][-1] == before.index
        )

    def _sentence(self, index: int) -> str:
        sentence, _ = self._where(index)
        return self.reading.text[sentence.start : sentence.end]


def _speaker(entity: Entity | None) -> Speaker:
    if entity is None:
        return NOBODY
    return Speaker(entity.name, entity.role)
