/** The guide that shows how to fix what a rule found ("Laat zien hoe"). */
const GUIDE_FOR_RULE: Record<string, string> = {
  'settings.2fa': 'topdossier-schoolinstellingen',
  'settings.bewaartermijn': 'topdossier-schoolinstellingen',
  'rod.arrangement': 'parnassys-rod',
  'rod.melding': 'parnassys-rod',
  'rod.pdf': 'opp-pdf-jaarlijks',
};

export function guideForRule(ruleId: string): string | undefined {
  return GUIDE_FOR_RULE[ruleId];
}
