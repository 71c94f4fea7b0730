// Known names from the knowledge files: countries, demonyms, capitals, organisations, places.
// Longest match wins; short all-capital forms (US, AP) must match in case, so "Us" in a
// headline is not the United States.
import type { Knowledge, Lexeme } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { tokenize, type Token } from './tokens.ts';

interface Form {
  tokens: string[];
  lower: string[];
  /** Short all-capital forms (US, AP) must match in case. */
  exact: boolean;
}
const forms = new Map<string, Form>();
function formOf(form: string): Form {
  let f = forms.get(form);
  if (!f) {
    const tokens = tokenize(form).map((x) => x.text);
    const letters = form.replace(/[^\p{L}]/gu, '');
    f = { tokens, lower: tokens.map((t) => t.toLowerCase()), exact: letters.length <= 4 && letters === letters.toUpperCase() };
    forms.set(form, f);
  }
  return f;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across', 'around', 'outside']);
const PRIORITY: Record<Lexeme['kind'], number> = { org: 5, country: 4, capital: 3, place: 2, demonym: 1 };

/**
 * One word of a known form: a word the form writes in lowercase may be capitalised (a headline,
 * a sentence's start) and a leading "The" may be written "the" ("according to the Observer"),
 * but a capitalised word must be capitalised: "the house" is not the House, "the post" not the Post.
 */
function sameWord(surface: Token, f: Form, k: number): boolean {
  if (surface.text === f.tokens[k]) return true;
  if (f.exact || surface.lower !== f.lower[k]) return false;
  if (k === 0 && f.lower[0] === 'the' && f.tokens.length > 1) return true;
  return /^\p{Ll}/u.test(f.tokens[k]!) || /^\p{Lu}/u.test(surface.text);
}

function matchAt(tokens: Token[], i: number, kn: Knowledge): { len: number; lexeme: Lexeme; form: string } | null {
  const candidates = kn.lexicon.get(tokens[i]!.lower);
  if (!candidates) return null;
  let best: { len: number; lexeme: Lexeme; form: string } | null = null;
  for (const { form, lexeme } of candidates) {
    const f = formOf(form);
    const ft = f.tokens;
    if (i + ft.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < ft.length && ok; k++) {
      ok = sameWord(tokens[i + k]!, f, k);
      // Words of one name are separated by single spaces or nothing.
      if (ok && k > 0 && tokens[i + k]!.start - tokens[i + k - 1]!.end > 1) ok = false;
    }
    if (!ok) continue;
    // "the Times Educational Supplement": a form written with "The", read after a lowercase "the",
    // is not the name when a capitalised word goes on right after it.
    const after = tokens[i + ft.length];
    if (f.lower[0] === 'the' && tokens[i]!.text === 'the' && after && /^\p{Lu}/u.test(after.text) && after.start === tokens[i + ft.length - 1]!.end + 1) continue;
    if (!best || ft.length > best.len || (ft.length === best.len && PRIORITY[lexeme.kind] > PRIORITY[best.lexeme.kind])) {
      best = { len: ft.length, lexeme, form };
    }
  }
  return best;
}

function toMention(lexeme: Lexeme, start: number, end: number, text: string, sentence: number, locative: boolean): Mention {
  const kind = lexeme.kind;
  const m: Mention = { kind, start, end, text, key: lexeme.name, sentence, locative };
  if (lexeme.kind === 'capital') m.city = lexeme.city;
  if (lexeme.kind === 'org') m.orgKind = lexeme.orgKind;
  return m;
}

/** Known names in one sentence's tokens. Hyphenated compounds ("Russia-NATO") are searched by part. */
export function findKnownNames(text: string, tokens: Token[], sentence: number, kn: Knowledge): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const locative = !!prev && LOCATIVE.has(prev.lower);
    let hit = matchAt(tokens, i, kn);
    // "the House of Lords": a form that begins with "the" ("the House") gives way to a longer name after it.
    if (hit && tokens[i]!.lower === 'the') {
      const inner = matchAt(tokens, i + 1, kn);
      if (inner && inner.len >= hit.len) hit = null;
    }
    // "Ambassador to Havana Viktor Koronelli": a capital completing a title is where the post is,
    // even with the holder's name right after it.
    const completesTitle = !!prev && /^(to|in|at)$/.test(prev.lower) && kn.titleWords.has(tokens[i - 2]?.lower ?? '');
    // "a 'Brussels One'", "Moscow Region": a capital inside another name is neither state nor place;
    // "a London newspaper", "an Ankara court": a capital describing a noun is where that is.
    if (hit && hit.lexeme.kind === 'capital' && !completesTitle && (/^(a|an)$/.test(prev?.lower ?? '') || /^\p{Lu}/u.test(tokens[i + hit.len]?.text ?? '') && tokens[i + hit.len]!.start === tokens[i + hit.len - 1]!.end + 1)) {
      const next = tokens[i + hit.len];
      if (/^(a|an)$/.test(prev?.lower ?? '') && next && /^\p{Ll}+$/u.test(next.text) && next.start === tokens[i + hit.len - 1]!.end + 1) {
        const start = tokens[i]!.start;
        const end = tokens[i + hit.len - 1]!.end;
        out.push(toMention(hit.lexeme, start, end, text.slice(start, end), sentence, true));
      }
      i += hit.len - 1;
      continue;
    }
    if (hit) {
      const start = tokens[i]!.start;
      const end = tokens[i + hit.len - 1]!.end;
      out.push(toMention(hit.lexeme, start, end, text.slice(start, end), sentence, locative || (completesTitle && hit.lexeme.kind === 'capital')));
      i += hit.len - 1;
      continue;
    }
    const tok = tokens[i]!;
    if (tok.text.includes('-')) {
      let offset = tok.start;
      for (const part of tok.text.split('-')) {
        if (part) {
          const sub = tokenize(part).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
          const h = sub.length === 1 ? matchAt(sub, 0, kn) : null;
          if (h) out.push(toMention(h.lexeme, sub[0]!.start, sub[0]!.end, part, sentence, false));
        }
        offset += part.length + 1;
      }
    }
  }
  return out;
}

/**
 * Women's given names among those the knowledge knows (data/knowledge/given-names.json), and a
 * few more; names given to both men and women in some language are in UNISEX. Any other known
 * given name is a man's. Used only to tell relatives apart ("Mrs Howard" is not Michael Howard).
 */
const FEMININE = new Set(
  (
    // English
    'Theresa Hillary Condoleezza Madeleine Kamala Ivanka Melania Wendy Victoria Nancy Kay Samantha Susan Nikki Kirsten Elizabeth ' +
    'Mary Patricia Jennifer Linda Barbara Jessica Sarah Karen Lisa Betty Margaret Sandra Kimberly Emily Donna Michelle Carol Amanda ' +
    'Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen ' +
    'Katherine Christine Debra Rachel Carolyn Janet Catherine Heather Diane Ruth Julie Olivia Joyce Lauren Christina Joan Evelyn Judith ' +
    'Megan Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Sophie Denise ' +
    'Amber Doris Marilyn Danielle Beverly Isabella Diana Natalie Brittany Charlotte Marie Kayla Lori Ava Mia Chloe Ella Lily Harriet ' +
    'Eleanor Lucy Jane Penelope Priscilla Rosemary Caroline Claire Clare Fiona Gillian Imogen Jemima Joanna Julia Kate Katie Kirsty ' +
    'Lesley Louise Lucinda Maureen Moira Pauline Philippa Rosalind Sally Sheila Siobhan Tessa Valerie Yvonne Zoe Priti Suella Liz Penny ' +
    'Nadine Kemi Yvette Jill Maggie Meg Peggy Polly Molly Nell Annie Bella Becky Beth Cathy Debbie Jenny Kathy Lizzie Sue Tina Trish ' +
    'Vicky Mandy Tracy Tracey Stacey Gail Gwen Ivy Iris Irene Joanne Leah Lynn Lynne Mabel Marjorie Mildred Nora Norah Pearl Phyllis ' +
    'Ramona Rita Roberta Rosa Shelley Sylvia Thelma Vivian Wilma Agnes Bernadette Bridget Colleen Deirdre Eileen Maeve Mairead Niamh ' +
    'Orla Roisin Sinead Aoife Caitlin Ciara Erin Fionnuala Grainne Gráinne Ursula Elise Jen Marsha Meghan Kristi Kristen Tammy Tulsi Ilhan ' +
    'Rashida Ayanna Heidi Ellen Bethan Branwen Bronwen Carly Carys Cerys Ffion Glenys Jacinda Lorraine Morwenna Myfanwy Rhiannon ' +
    'Saoirse Sian Tegan Cherie Camilla Hazel Glenda Ros Jacqui Estelle Margot Tessa Hilary ' +
    // Russian, Ukrainian, Belarusian
    'Maria Mariya Olga Olha Volha Yelena Elena Olena Alena Alyona Irina Iryna Natalia Natalya Nataliya Tatiana Tatyana Tetiana Tatsiana ' +
    'Svetlana Sviatlana Svitlana Lyudmila Ludmila Lyudmyla Liudmyla Galina Halyna Valentina Valentyna Nina Vera Larisa Larysa Marina ' +
    'Maryna Yekaterina Ekaterina Kateryna Katerina Yulia Yuliya Yuliia Oksana Ksenia Kseniya Ksenija Darya Daria Dariya Anastasia ' +
    'Anastasiya Anastasiia Alina Alla Lyubov Liubov Nadezhda Nadia Nadiya Zoya Raisa Inna Inga Zhanna Polina Veronika Viktoria Viktoriya ' +
    'Viktoriia Yevgenia Evgenia Yevheniia Valeria Valeriya Sofiya Kristina Margarita Tamara Lidia Lidiya Lydia Ulyana Uliana Elvira ' +
    'Elmira Yana Maya Liliya Lilia Lilya Antonina Evdokia Yevdokia Eleonora Faina Klavdia Marianna Milana Nelli Nelly Rimma Snezhana ' +
    'Taisia Vasilisa Vlada Yaroslava Zinaida Zlata Alisa Albina Alexandra Aleksandra Oleksandra Agata Marfa Praskovya Yevdokiya Lesya ' +
    'Solomiya Ruslana Khrystyna Iuliia Hanna Mariia Nataliia Olesya Olesia Lada Regina Tamila Varvara Vita Zarina Zemfira Dina ' +
    // German
    'Annalena Heike Katja Katrin Kathrin Karin Renate Sabine Silke Susanne Ulrike Ute Birgit Brigitte Christa Dagmar Elke Gabriele Gerda ' +
    'Gisela Gudrun Hannelore Helga Hildegard Ilse Ingrid Irmgard Jutta Kerstin Liesel Margarete Monika Petra Sigrid Ulla Waltraud Wiebke ' +
    'Annegret Franziska Friederike Gesine Svenja Malu Manuela Anke Antje Claudia Frauke Sahra Marieluise Christiane Heidemarie Angela ' +
    // French
    'Édith Edith Nathalie Ségolène Segolene Marine Marion Martine Sylvie Claudine Delphine Élisabeth Elisabeth Françoise Francoise ' +
    'Geneviève Genevieve Hélène Helene Isabelle Josiane Laure Laurence Léa Lea Mathilde Michèle Monique Nadège Pascale Sandrine Valérie ' +
    'Véronique Veronique Virginie Agnès Amélie Amelie Anne Anne-Marie Annick Aurélie Aurelie Béatrice Beatrice Cécile Cecile Chantal ' +
    'Colette Corinne Élise Émilie Emilie Fabienne Gabrielle Ginette Héloïse Irène Jeanne Jocelyne Joséphine Josephine Juliette Lucie ' +
    'Manon Margaux Maryse Mireille Murielle Odile Rachida Roselyne Solène Yaël Najat Clémentine Clementine ' +
    // Spanish, Portuguese, Italian
    'Dilma Cristina Inês Ines Fernanda Beatriz Carmen Dolores Esperanza Isabel Lucía Lucia Luisa Marta Mercedes Montserrat Pilar Rocío ' +
    'Rocio Rosario Soledad Ana Adriana Alejandra Gabriela Daniela Paula Verónica Veronica Sonia Silvia Susana Yolanda Magdalena Begoña ' +
    'Begona Cayetana Inmaculada Josefina Juana Leticia Lorena Nuria Raquel Celia Consuelo Guadalupe Marisol Milagros Xiomara Violeta ' +
    'Gleisi Tereza Carla Chiara Donatella Elisabetta Federica Francesca Giorgia Giovanna Giulia Nilde Paola Rosy Silvana Simona Mara ' +
    'Luciana Loredana Antonella Alessandra ' +
    // Central, Eastern, Northern Europe
    'Beata Ewa Jadwiga Katarzyna Małgorzata Malgorzata Agnieszka Danuta Elżbieta Elzbieta Grażyna Grazyna Halina Irena Izabela Krystyna ' +
    'Urszula Wanda Zofia Jana Zuzana Markéta Marketa Eva Ivana Iveta Jarmila Lenka Radka Věra Kolinda Vjosa Atifete Dalia Ingrida ' +
    'Kersti Kaja Ülle Vaira Katalin Judit Ildikó Ildiko Viorica Maia Dora Fofi Aikaterini Eleni Erna Gro Annika Birgitta Carin Ebba ' +
    'Gunilla Lena Margot Märta Mona Åsa Asa Ulrika Anneli Liisa Sanna Tarja Marja Päivi Paivi Riikka Sirpa Tuula Mette Helle Margrethe ' +
    'Dorthe Pia Katrine Ank Kajsa Femke Mariëtte Jeanine Tine Marieke Mieke Liesbeth Saskia Annemarie Hanneke Mikaela Tove Hege Siv ' +
    'Trine Torunn Liv Ine Solveig Katrín Jóhanna Johanna Vigdís Vigdis ' +
    // Arabic, Persian, Turkish, Central Asian, Hebrew
    'Fatima Fatma Aisha Ayesha Khadija Maryam Mariam Zainab Zeinab Layla Leila Laila Noura Rania Reem Rima Salma Samira Hanan Huda Amal ' +
    'Amira Asma Basma Farah Ghada Hala Hiba Iman Imane Jamila Lina Lubna Muna Nabila Nawal Rasha Rula Sahar Suha Yasmin Yasmine Zahra ' +
    'Zeina Lamya Najla Hanadi Hind Benazir Shireen Hina Sherry Farzana Shirin Nasrin Narges Masih Azadeh Golnar Mahsa Parisa Roya ' +
    'Shahla Zohreh Simin Fariba Farideh Marzieh Masoumeh Niloufar Nazanin Tahereh Ziba Golshifteh Homa Mina Tansu Meral Ayşe Ayse ' +
    'Emine Gül Gul Hatice Leyla Merve Sibel Zeynep Elif Esra Tuğba Tugba Canan Sevim Aslı Asli Mehriban Dariga Roza Golda Tzipi Ayelet ' +
    'Dorit Limor Merav Miri Orna Rivka Shelly Shira Tamar Tzipora Yael Yifat Hagit Orit Noa Noga Liat Efrat Anat Galit Einat Karnit ' +
    // East and South Asian
    'Yoriko Yuriko Seiko Tomomi Sanae Yoko Masako Michiko Aiko Akiko Ayumi Chie Emi Eriko Haruka Hitomi Junko Kaori Keiko Kumiko ' +
    'Mayumi Megumi Naoko Noriko Rie Sachiko Sakura Tomoko Yui Yumi Yumiko Kyoko Makiko Mariko Miho Nanami Natsuko Reiko Tamiko Toshiko ' +
    'Yoshiko Son-hui Geun-hye Yo-jong Kyung-wha Seo-yeon Soo-jin Hye-jin Eun-ji Min-ji Yeon-hee Soo-yeon Hae-won Yoo-jin Jung-eun Indira ' +
    'Priyanka Sushma Nirmala Smriti Mamata Mayawati Pratibha Droupadi Aarti Aishwarya Anita Anjali Anuradha Deepa Deepika Divya Geeta ' +
    'Gita Kavita Kavya Lata Madhuri Meena Meera Neha Nisha Pooja Priya Radha Rekha Ritu Sangeeta Sarita Seema Shanti Shobha Shreya Sita ' +
    'Sunita Sushila Swati Uma Usha Vandana Vidya Hasina Khaleda Chandrika Sirimavo Bidya ' +
    // African
    'Winnie Graca Graça Samia Sahle-Work Ngozi Chimamanda Amina Ama Akua Yaa Abena Efua Adwoa Netumbo Nandi Thandeka Thandi Naledi ' +
    'Lindiwe Nkosazana Zanele Busisiwe Chipo Rudo Chiamaka Nneka Adaeze Funmilayo Folake Bisi Bukola Yewande Hadiza Fatou Aminata Awa ' +
    'Mariama Kadiatou Binta Oumou Fanta Wanjiru Wangari Njeri Akinyi Atieno Auma'
  ).split(' '),
);
const UNISEX = new Set(
  'Robin Jamie Alex Leslie Kelly Shannon Lindsey Lindsay Ashley Jean Kim Jo Andrea Alexis Nicola Val Simone Camille Michele Dominique Kris Jan Sam Chris Morgan Yuki Hiromi Kiran Nur Nour Ariel Gabi Tal Ola Tatenda Tinashe Farai Tendai Uche Femi Ji-won Ji-woo Arzu Hilary Lakshmi Rama'.split(' '),
);

/** 'f' for a woman's given name, 'm' for a man's, null when the name is either or unknown. */
export function givenNameGender(name: string, kn: Knowledge): 'm' | 'f' | null {
  if (UNISEX.has(name)) return null;
  if (FEMININE.has(name)) return 'f';
  return kn.givenNames.has(name) ? 'm' : null;
}
