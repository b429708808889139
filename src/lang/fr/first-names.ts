// Frequent first names in French-language news (French, European, African, Arabic, Slavic), by gender.
// Written for this project from general knowledge; used as a gazetteer feature and to guess a person's gender.

/** Masculine first names, lowercase. */
export const MALE_FIRST_NAMES_FR: readonly string[] = (
  'jean pierre michel andré philippe louis nicolas françois jacques bernard alain patrick daniel christian eric éric ' +
  'laurent stéphane olivier christophe frédéric thierry sébastien david julien vincent antoine thomas alexandre ' +
  'emmanuel maxime guillaume benoît benoit mathieu matthieu romain hugo lucas paul marc luc yves gérard claude ' +
  'henri georges rené robert roger marcel raymond joseph jean-pierre jean-yves jean-luc jean-marc jean-claude ' +
  'jean-michel jean-louis jean-paul jean-françois jean-marie jean-jacques pierre-yves édouard edouard gabriel ' +
  'raphaël arthur jules léo adam nathan théo baptiste clément quentin florian kevin kévin jérôme gilles didier ' +
  'pascal dominique bruno xavier arnaud franck fabrice cédric damien ludovic yannick hervé denis serge gérald ' +
  'manuel valéry gaston charles lionel ségolène bruno-roger gaël mohamed mohammed mehdi karim rachid ahmed ali omar ' +
  'youssef hassan hussein abdel abdelaziz abdallah ibrahim moussa mamadou amadou ousmane abdoulaye boubacar ' +
  'idriss salah bachar recep tayyip vladimir dmitri dmitry sergueï sergei sergey alexeï alexei alexandre alexander ' +
  'volodymyr petro viktor mikhaïl mikhail boris igor oleg ivan andreï andrei iouri youri nikolaï evgueni ' +
  'donald joe joseph barack george bill john james robert michael william richard mike mark kevin justin steve ' +
  'elon jeff tim rishi keir olaf gerhard helmut wolfgang frank-walter mario matteo silvio giuseppe sergio pedro ' +
  'josep mariano felipe carlos juan josé jose luis miguel antonio antónio jair luiz nicolás nicolas hugo evo ' +
  'xi li kim shinzo fumio narendra imran benyamin benjamin naftali yaïr yair mahmoud ehud ariel tayyip jens ' +
  'charles ursula lars anders stefan andrzej mateusz aleksandar milorad zoran janez ilham nikol alexis kyriakos ' +
  'antonio rodrigo recep abdelmadjid abdelaziz kaïs kais béji habib moncef zine hosni mohammed abdel-fattah ' +
  'emmerson cyril jacob thabo paul macky alassane laurent félix denis-sassou idriss faure roch ibrahim assimi ' +
  'kylian zinédine didier karim olivier antoine ngolo n’golo neymar cristiano lionel rafael roger novak andy ' +
  'tony alain-pierre edgar emile émile maurice albert victor léon lucien fernand'
).split(/\s+/);

/** Feminine first names, lowercase. */
export const FEMALE_FIRST_NAMES_FR: readonly string[] = (
  'marie anne catherine isabelle nathalie sylvie christine sophie valérie françoise monique martine nicole ' +
  'brigitte sandrine véronique céline caroline julie aurélie émilie emilie camille léa manon chloé sarah laura ' +
  'élisabeth elisabeth élise elise marine ségolène martine rachida najat christiane florence agnès agnes amélie ' +
  'anne-marie marie-france marie-christine marie-claude hélène helene claire laurence pascale dominique édith ' +
  'simone jacqueline geneviève jeanne louise alice margaux pauline mathilde juliette charlotte lucie clara emma ' +
  'inès ines yasmina fatima aïcha aicha khadija leïla leila nadia samia amina fatou aminata awa mariam angela ' +
  'ursula theresa kamala hillary michelle nancy condoleezza madeleine jill melania ivanka elizabeth victoria ' +
  'margaret liz jacinda sanna mette magdalena kaja roberta christine kristalina giorgia nicola arlene ' +
  'greta malala yulia ioulia svetlana natalia natalya maria mariya olena irina tatiana tatiana valentina ' +
  'anna elena ekaterina alla benazir indira golda tzipi aung ellen beata ewa dilma ' +
  'cristina michelle evita sonia carmen ana isabel pilar penélope serena venus  ' +
  'anne-sophie marie-hélène marie-laure aurore audrey delphine virginie stéphanie ' +
  'karine corinne patricia sabine béatrice beatrice muriel murielle josiane danielle gisèle yvonne colette'
).split(/\s+/);
