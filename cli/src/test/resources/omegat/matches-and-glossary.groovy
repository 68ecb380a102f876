// OmegaT 3.6 console hook (--mode=console-translate --script=THIS_FILE), for OmegatMemoryGlossaryTest.
// After the project is loaded and compiled it writes <project>/omegat/glossa-check.tsv:
//   tm      <file name> \t <entries OmegaT read from that memory in tm/>
//   match   <entryNum> \t <score> \t <match source> \t <match target> \t <memory>   (OmegaT's own FindMatches)
//   terms   <file name> \t <entries OmegaT's GlossaryReaderTSV read from that glossary in glossary/>
//   hit     <entryNum> \t <glossary source> \t <glossary target>
// Glossary hits follow OmegaT 3.6 FindGlossaryThread.search(): the lower-cased segment and term tokenized with the
// project's source tokenizer (stemmed, the default) and a term hits when all its tokens are in the segment.
import org.omegat.core.events.IStopped
import org.omegat.core.statistics.FindMatches
import org.omegat.gui.glossary.GlossaryReaderTSV
import org.omegat.tokenizer.DefaultTokenizer
import org.omegat.tokenizer.ITokenizer

if (eventType.toString() != 'COMPILE') return

def props = project.projectProperties
def out = new File(new File(props.projectRoot, 'omegat'), 'glossa-check.tsv')
def clean = { String s -> s == null ? '' : s.replace('\t', ' ').replace('\n', ' ') }
def loc = props.sourceLanguage.locale
def tok = project.sourceTokenizer
def tk = { String s -> tok.tokenizeWords(s, ITokenizer.StemmingMode.GLOSSARY) }
def stopped = { false } as IStopped

out.withWriter('UTF-8') { w ->
    project.transMemories.each { name, tmx -> w << 'tm\t' << new File(name).name << '\t' << tmx.entries.size() << '\n' }
    def terms = []
    new File(props.glossaryRoot).eachFileRecurse { f ->
        if (f.isFile() && f.name ==~ /.*\.(txt|tab|utf8)$/) {
            def entries = GlossaryReaderTSV.read(f, false)
            w << 'terms\t' << f.name << '\t' << entries.size() << '\n'
            entries.each { e -> terms << [e, tk(e.srcText.toLowerCase(loc))] }
        }
    }
    def finder = new FindMatches(tok, 3, false, false)
    project.allEntries.each { ste ->
        finder.search(project, ste.srcText, true, false, stopped).each { m ->
            w << 'match\t' << ste.entryNum() << '\t' << m.scores[0].score << '\t' << clean(m.source) << '\t'
            w << clean(m.translation) << '\t' << (m.projs == null ? '' : m.projs.join(',')) << '\n'
        }
        def st = tk(ste.srcText.toLowerCase(loc))
        terms.each { e, tt ->
            if (tt.length > 0 && DefaultTokenizer.isContainsAll(st, tt, true)) {
                w << 'hit\t' << ste.entryNum() << '\t' << clean(e.srcText) << '\t' << clean(e.locText) << '\n'
            }
        }
    }
}
System.out.println('glossa-check: ' + out)
