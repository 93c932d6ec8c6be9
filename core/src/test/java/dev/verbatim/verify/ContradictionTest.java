package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claims that say the opposite of a quote or another figure, and rewordings that do not: the kinds
 * of the development probes (a number changed, a negation added or taken away, a word replaced by
 * its opposite) against the gist in other words.
 */
class ContradictionTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I have spoken to Putin once | I have spoken to Putin five times | true
          I have spoken to Putin once | I have never spoken to Putin | true
          I have spoken to Putin once | I have spoken to Putin one time | false
          I will not send troops | I refuse to send troops | false
          the talks failed | the talks went well | true
          100 arrests in four years | one hundred arrests in the past four years | false
          it cost 1,000 dollars | it cost a thousand dollars | false
          it cost 1,000 dollars | it cost 2,000 dollars | true
          If I had known then, I wouldn't have gone to war | If I had known then, I still would have gone to war | true
          We will ask the court to keep him in jail | We will not ask the court to keep him in jail | true
          No, it is not. I have only spoken to Putin once | I have spoken to Putin only once | false
          I'm not talking about a 1,000-page bill, I'm talking about a step-by-step approach | instead of a huge 1,000-page package I want a step-by-step plan | false
          This is the most shocking evidence I've seen in twelve years | In twelve years I have never seen anything more shocking | false
          It's too late for him to get back the reputation he had pre-2012 | he can't win back the standing he had before 2012 | false
          The Uranium One story has been debunked | reporters have disproven the Uranium One story | false
          Raising tax rates will slow down job creation | raising tax rates will speed up job creation | true
          ISIS is as sophisticated and well-funded as any group | ISIS is poorly funded and less sophisticated | true
          I feel very strongly that the Second Amendment should be protected | the Second Amendment should be repealed | true
          Well, the talks went on | the talks failed | false
          you cannot get Ebola by sitting next to someone, but the sick should not ride buses because they could infect someone else | you cannot catch Ebola by sitting next to someone, but the sick should not ride buses because they could pass it to someone else | false
          There's not enough time to pass it before November | there is plenty of time to pass it before November | true
          It's pretty apparent that most of the people aware of it don't agree with it | it's quite clear that most of the people who know about it disagree with it | false
          Many who have never been involved in politics are now getting involved | many people who were never involved in politics are now getting involved | false
          It's the devil we know as opposed to something new, which we've never tried | it is the devil we know rather than something new we have never tried | false
          We can show the value of a message right away | we can tell at once how valuable a message is | false
          Nobody understood what was taking place during those first days | Nobody understood what was happening during those first days | false
          whether your state has a sales tax or not, it's going to put onerous requirements on online businesses | whether or not a state has a sales tax, it saddles web retailers with heavy duties | false
          nobody anticipated Donald Trump. Donald Trump is a reality star, substanceless, attack and cursing and personal insults. You know, I don't think that's what politics should be about. I think politics should be about solving the real problems that Americans are facing. | nobody saw Trump coming, a TV celebrity with no substance who just attacks, swears and insults people, and that politics should be about fixing the actual troubles Americans face | false
          """)
  void contradictions(String quote, String claim, boolean contradicts) {
    assertThat(Contradiction.between(claim, quote, 0, Integer.MAX_VALUE).isPresent())
        .isEqualTo(contradicts);
  }
}
