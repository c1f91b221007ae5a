import type { Vocabulary } from '../understanding/vocabulary.js';

/** What the English interpreter looks for besides its trained intents. Recognition vocabulary only: never shown. */
export const vocabularyEn: Vocabulary = {
  // "can't send" and "did it" are statements: an auxiliary opens a question only with its subject after it
  question:
    /\?\s*$|^(what|whats|what's|wat|how|hows|why|who|whos|who's|where|wheres|which|any idea)\b(?!')|^(is|are|can|could|do|does|should|shall|will|would|isnt|isn't)(?!')\b (i|you|we|it|they|he|she|this|that|there|my|our|the|a|an|anyone|someone)\b|^(did|am) (i|you|we|they|he|she)\b/,
  clauseBreak: /\s*(?:[,;.!]|\band\b|\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b|\bthough\b|\balthough\b|\byet\b|\bonly\b)\s*/,
  healthy: /\b(fine|ok|okay|works|work|working|worked|good|great|no (problem|problems|issue|issues)|connected|normal|normally|perfect)\b/,
  unhealthy:
    /\b(not|no longer|never|nothing|isnt|isn't|doesnt|doesn't|dont|don't|cant|can't|cannot|wont|won't|arent|aren't|broken|broke|fail|fails|failing|failed|error|errors|disconnect|disconnects|disconnected|disconnecting|stuck|problem|problems|issue|issues|missing|dead)\b/,
  notTheProblem: /\bnot (a|an|the|my) (\w+ )?(problem|issue)\b|\b(isn'?t|is not|not) the (problem|issue)\b/,
  sendingTopic: /\b(send|sending|sends|outbox|outgoing|smtp|sequences?|bulk|go out|goes out|going out|went out|gone out|deliver|delivered|delivering)\b/,
  syncingTopic:
    /\b(sync|syncing|syncs|synced|synching|incoming|inbox|receive|receiving|received|replies|sent folder|sent items|imap|comes in|coming in|come in|activity feed|show up|showing up|shows up|showed up|pull|pulling|arrive|arriving)\b/,
  disconnectTopic: /\b(disconnect|disconnects|disconnected|disconnecting|dis-?connected)\b/,
  leadingYes: /^(yes|yeah|yep|yup|correct|that'?s right)\b/,
  leadingNo: /^(no|nope|nah|not really|not me|i (really )?(don'?t|dont|do not) (think|believe) (so|i am|i'?m|im|that'?s me)|i doubt (it|that))\b(?! (idea|clue|problems?|errors?|issues?|more|worries|longer))/,
  human:
    /\b(talk|speak|chat) (to|with) (a |an |some )?(human|person|someone|somebody|agent|support|rep|representative|real person|live person)\b|\b(get|give|connect|transfer|put) me (to |with |through to )?(a |an )?(human|person|someone|agent|support|real person)\b|^(human|agent|a human|a person|real person|live agent|support|operator)( please)?[.!]*$|\b(want|need|like) (a |an |to (talk|speak) to (a |an )?)?(human|real person|live person|human agent)\b|\bescalate\b/,
  // the whole message, so that "reset done" or "previous emails are missing" is not navigation
  startOver:
    /^((can we |let'?s |please |i want to )?(start( over| again| from scratch)|restart|reset( the chat| everything)?|begin again|from the (start|beginning)|new (problem|issue|question)|different problem))( please)?[.! ]*$/,
  back: /^((wait,? |oops,? |sorry,? )?(back|go back|undo|previous question|take me back|one step back|step back|go back (a step|one step|to the (last|previous) question)|undo (that|my (last )?answer)))( please)?[.! ]*$/,
  future: /\b(i'?ll|ill|i will|we'?ll|we will|going to|gonna|will do|about to|later|tomorrow)\b/,
  // a report that something is not (yet) so: never read as yes, done or working
  negated: /\b(not|never|no longer|couldn'?t|couldnt|almost|nearly|haven'?t|hasn'?t|didn'?t|doesn'?t|isn'?t|wasn'?t|aren'?t|won'?t|dont|don'?t|havent|hasnt|didnt|doesnt|isnt|wasnt|yet|still)\b/,
  stillFailing: /\b(still|again|fails?|failing|failed|doesn'?t work|didn'?t work|doesnt work|didnt work|not working|broken|error|disconnects?)\b/,
  courtesy: /^(ok |okay |great |perfect |cool |awesome )?(thanks|thank you|thx|ty|cheers|hi|hello|hey|hiya|good (morning|afternoon|evening)|please|pls)( (so much|a lot|there|again|team))?[!. ]*$/,
  acknowledge: /^(ok|okay|okey|k|kk|alright|all right|got it|understood|sounds good|noted|ok got it|okay got it)[.! ]*$/,
  holdOn:
    /^(ok,? |okay,? |alright,? |sure,? )?(hold on|hang on|one sec|one second|one moment|one min|just a (sec|second|moment|minute)|give me (a|one) (sec|second|minute|moment|min)|let me (check|look|see|try|do (it|that|this))|let me try (something|one more thing|a few (more )?things|another thing|other things)( else)?|(hang on|hold on|one sec),? (sending|checking|testing|trying|looking)( it)?|(in a meeting|on a call|busy right now|driving)(,? (i'?ll|will) do( it| that)?( after| later| in a bit)?)?|(i'?ll |will )do (it |that )?(after|later|in a bit|soon|shortly|after lunch|tonight|tomorrow|this afternoon|first thing)|checking|brb|will do|on it|doing it now|working on it|i'?ll (check|look|try|do it|do that)|i'?m on it|wait (a|one) (sec|second|moment|minute)(,? i'?m on (the |a )?(phone|call))?|doing (it |that |this )?now(,? wait)?)( now| first)?[.! ]*$/,
  handedOver:
    /\b(sent|forwarded|passed|emailed|messaged|pinged|gave) (it|this|that|the message|the request|him|her|them|my admin|our admin|the admin)\b|(^|\b(i|we|i'?ve|ive|just|already|ok)\s)(sent|forwarded|passed|emailed)( it| this| that| the message| the request)? to\b|\b(asked|told|contacted) (him|her|them|my admin|our admin|the admin|our it)\b/,
  notYet: /\bnot yet\b|\b(hasn'?t|haven'?t|hasnt|havent|didn'?t|didnt|isn'?t|isnt|not) (\w+ ){0,2}yet\b|\bstill waiting\b|\b(no|not any) (reply|answer|response|word)\b|\b(hasn'?t|haven'?t|hasnt|havent) (replied|answered|responded|gotten back|got back|heard)\b|\b(is|are|he'?s|she'?s|they'?re|hes|shes|theyre) (out|away|off|on (holiday|vacation|leave|pto))( of (the )?office)? (until|till|til)\b/,
  hedged: /\b(not sure|unsure|don'?t know|dont know|no idea|can'?t tell|cannot tell|not certain|no clue)\b/,
  addressFiller: /^(it'?s|it is|my (email|address|mailbox|email address) is|email|address|mailbox|this one|here|the address is|use|try|check)?[:.!\s]*$/,
  facts: {
    notAdmin:
      /\b(i'?m not|i am not|im not|not) (an |the |a )?(admin|administrator|global admin)\b|\b(no|dont have|don't have|without) admin (rights|access|role|permissions)\b|\bi'?m just a (user|sales ?rep|rep)\b/,
    othersHandleIt:
      /\b(i'?m not|i am not|im not) (the |an |a |in )?it( (person|guy|people|department|team|admin))?\b|\b(someone|somebody) else (does|handles|manages|looks after|takes care of)\b|\bour (it|msp|it (company|firm|team|department|dept|guy|person|people|provider|partner)) (does|handles|manages|looks after|takes care of|deals with)\b/,
    isAdmin: /\b(i'?m|i am|im) (an |the |a |our |the global )?(admin|administrator|global admin|it admin)\b|\bi have admin (rights|access|role)\b|\b(the )?admin (center|centre|portal) (opened|opens|loaded|loads|works|worked)\b|\bi (can|could) (open|get into|access|log into|sign into) (the )?admin (center|centre|portal)\b|\bi have access to the admin (center|centre|portal)\b/,
    // access refused, or only once: "it opens but says I have no permission", "last year, not now"
    adminDenied:
      /\b(access|permission) denied\b|\bno (permission|permissions)\b|\bwithout (permission|access)\b|\b(i|you) (don'?t|dont|do not) have (the )?(permission|permissions|access|rights)\b|\b(i'?m|i am|im) not (allowed|authori[sz]ed|permitted)\b|\bnot (allowed|authori[sz]ed|permitted) to (open|access|see|view|get in|sign in|log in|use) (it|the admin)\b|\b(doesn'?t|doesnt|won'?t|wont) let me in\b|(,|\bbut) not (now|anymore|any more)\b|\bi (can )?no longer (open|access|get into|log into|sign into|have access)\b/,
    amOne: /^(ok,? |okay,? |oh,? |ah,? |actually,? |wait,? |hmm,? |well,? )?(actually,? )?(i think |i guess |i believe |it seems |looks like |turns out |it turns out )?(i am|i'?m one|i am one)( after all| actually| then| too)?[.! ]*$/,
    // tied to the setting: "I was on holiday" or "my account was disabled" says nothing about the checkbox
    toggleOn:
      /\b(authenticated smtp|smtp auth|the box|the checkbox|the setting|it'?s|it is|it was)( is| was)?( already)? (checked|ticked|enabled|turned on)\b|^already (ticked|checked|enabled|turned (it )?on)\b|\balready (ticked|enabled|turned (it )?on)\b|\bi (already )?(ticked|checked|enabled) (it|authenticated smtp|smtp auth)\b/,
    toggleOff:
      /\b(authenticated smtp|smtp auth|the box|the checkbox|the setting|it'?s|it is|it was)( is| was)? (not|never been) (checked|ticked|enabled|turned on)\b|\b(isn'?t|wasn'?t|isnt|wasnt) (checked|ticked|enabled)\b|\b(authenticated smtp|smtp auth|the box|the checkbox|it'?s|it is) (unchecked|unticked|disabled|off)\b/,
    // a change and a time together ("my admin did it yesterday"): a time alone is when the trouble started
    changedEarlier:
      /\b(did it|did that|done it|changed it|made the change|enabled it|ticked it|turned it on|switched it on|fixed the setting)\b.*\b(yesterday|last (week|night|month)|this morning|hours ago|days ago|a while ago|an hour ago|earlier today|long time ago)\b/,
    /** words that say a named provider is not (or no longer) the one */
    notProvider: /\b(not|no longer|moved (away )?from|left|switched from|isn'?t|wasn'?t|never)\b/,
    microsoftSignIn: /\b(microsoft (sign[- ]?in|login|button|account option)|sign in with microsoft|oauth|office ?365 button)\b/,
    password: /\b(with (a|my|the) password|app password|smtp settings|imap settings|server settings|custom (smtp|imap|settings)|manually)\b/,
    selfManaged:
      /\b(we manage it|we manage (it )?ourselves|manage it ourselves|we manage our own|our own tenant|directly from microsoft|bought (it )?from microsoft|(pay|paying|billed by|buy from) microsoft( directly)?|microsoft directly|no provider|not through a provider)\b/,
    providers: [
      [/\b(go ?daddy|secureserver)\b/, 'GoDaddy'],
      [/\brackspace\b/, 'Rackspace'],
      [/\b(ionos|1&1|1and1)\b/, 'IONOS'],
      [/\b(reseller|hosting (company|provider)|bought (it )?(through|from|via) (a|our) provider|(our|an|the|a)( local| outside| external)? (it (company|firm|provider|partner|consultant)|msp|managed service provider)|web ?(site )?host|bluehost|hostgator|namecheap)\b/, 'your provider'],
    ],
    closeAddressCue: /\b(in close|close uses|close has|connected in close|close address|on close|into close|with close|to close)\b/,
    usernameCue: /\b(username|user name|upn|sign[- ]?in|log ?in|login)\b/,
  },
  choices: {
    'toggle-on': /\b(checked|ticked|enabled|already on|it'?s on|is on)\b/,
    'toggle-off': /\b(unchecked|unticked|(box|checkbox) is (empty|blank|clear)|not (checked|ticked|enabled|on)|isn'?t (checked|ticked|enabled|on)|disabled|off)\b/,
    'cannot-find-setting': /\b(can'?t|cannot|couldn'?t|unable to) (find|see)\b|\bdon'?t (see|have)\b|\bmissing\b|\bgr[ae]yed\b|\bnot there\b/,
    'provider-enabled': /\b(enabled|turned (it )?on|did it|they did|done|switched (it )?on|(fixed|sorted|changed) (it|the setting))\b/,
    'provider-refused': /\b(refus\w*|won'?t|can'?t|cannot|declined|no|not possible|impossible|not allowed|(don'?t|dont|do not) support|not supported)\b/,
    'provider-manages-it': /\b(provider|go ?daddy|reseller)\b/,
    done: /\b(done|did it|did that|changed it|made the change|fixed it|finished|saved( it)?|all set|(imap|it)( is|'?s| was) (now |already )?(on|enabled))\b/,
    'admin-done': /\b(done|did it|made the change|changed it|finished|yes|(fixed|sorted) (it|the setting))\b/,
    'microsoft-sign-in': /\b(microsoft( sign[- ]?in| button| login)?|oauth|sign[- ]?in button|office ?365 button)\b/,
    password: /\b(password|app password|custom|smtp settings|imap settings|server settings|manually)\b/,
    'sending-disconnected': /\bsending\b.*\b(disconnected|off|error|red)\b/,
    'syncing-disconnected': /\bsync(ing)?\b.*\b(disconnected|off|error|red)\b/,
    'both-disconnected': /\b(both|all)\b.*\b(disconnected|off|red)\b/,
    'both-connected': /\b(both|all)\b.*\b(connected|green|fine|ok)\b/,
    'describe-instead': /\b(don'?t have (one|an error)|no error|none)\b/,
    'run-check-signed-in': /\b(sign(ed)?[- ]?in|with my (microsoft|login|account))\b/,
    'check-close-status': /\b(check|look at|open|look in) (close|settings|connected accounts|accounts (&|and) apps)\b/,
    'something-else': /\b(something else|none of (these|those)|other problem)\b/,
    continue: /\b(continue|carry on|go on|next|got it)\b/,
  },
};
