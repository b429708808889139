// Frequent first names in English-language news, by gender. Written for this project from general knowledge;
// used as a gazetteer feature and to guess a person's gender.

/** Masculine first names, lowercase. */
export const MALE_FIRST_NAMES_EN: readonly string[] = (
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
  'donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary ' +
  'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick ' +
  'raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah ' +
  'jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan ' +
  'billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby ' +
  'mason philip louis barack bill mike tony tom jim bob ted chuck mitch rudy rex hunter elon jeff tim boris rishi ' +
  'keir nigel gordon tony liam oliver harry charlie hugh ian neil graham colin malcolm stuart duncan alistair'
).split(/\s+/);

/** Feminine first names, lowercase. */
export const FEMALE_FIRST_NAMES_EN: readonly string[] = (
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley ' +
  'kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia ' +
  'kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel ' +
  'carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina ' +
  'joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn ' +
  'janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana ' +
  'natalie brittany charlotte marie kayla alexis lori hillary kamala nikki liz theresa priti nicola jacinda ' +
  'ruth sonia nancy kristi gretchen ilhan alexandria elise tulsi condoleezza madeleine janet jill melania ivanka'
).split(/\s+/);
